import type { OwnerBloc } from '$lib/map/palette';

export type Shareholder = { name: string; country: string; pct: number };

const WESTERN = new Set(['US', 'GB', 'FR', 'IT', 'NL', 'DE', 'JP', 'CA', 'NO', 'ES', 'KR', 'CH']);

/** The country group of a shareholder, as the map colours it. */
export function blocOf(country: string): OwnerBloc | null {
	if (country === 'RU') return 'russian';
	if (country === 'CN') return 'chinese';
	if (country === 'KZ') return 'kazakh';
	return WESTERN.has(country) ? 'western' : null;
}

/**
 * The foreign group with the largest summed stake, or `kazakh` when no foreign stake is recorded.
 * Ties go to the first group in reading order (western, russian, chinese) so colours are stable.
 *
 * @example ownerBloc([{ name: 'Chevron', country: 'US', pct: 50 }, { name: 'KMG', country: 'KZ', pct: 20 }]) // 'western'
 */
export function ownerBloc(shareholders: readonly Shareholder[] | undefined): OwnerBloc {
	const totals: Record<'western' | 'russian' | 'chinese', number> = { western: 0, russian: 0, chinese: 0 };
	for (const s of shareholders ?? []) {
		const bloc = blocOf(s.country);
		if (bloc && bloc !== 'kazakh') totals[bloc] += s.pct;
	}
	let best: OwnerBloc = 'kazakh';
	let max = 0;
	for (const bloc of ['western', 'russian', 'chinese'] as const) {
		if (totals[bloc] > max) [best, max] = [bloc, totals[bloc]];
	}
	return best;
}
