import type { CstoProps } from './types';

/**
 * Whether a deployment feature is on the ground on `day` (YYYY-MM-DD; ISO dates compare as strings).
 * No date selected, or no arrival recorded, means shown as active: missing data is not evidence of absence.
 */
export function activeOn(p: CstoProps, day: string | null): boolean {
	if (day === null || p.kind === 'context-deployment' || p.kind === 'airlift') return true;
	if (p.arrived && String(p.arrived.value) > day) return false;
	if (p.departed && String(p.departed.value) < day) return false;
	return true;
}
