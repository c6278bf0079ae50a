import type { AnyProps, RegionProps, SourcedValue } from './types';
import { bestShare } from './regions';
import { formatBasis } from '$lib/sources/basis';
import { publisherOf, viaNote } from '$lib/sources/policy';

const KIND_LABELS: Record<string, string> = {
	region: 'Region',
	city: 'City of republican significance',
	zone: 'Zone',
	'guarded-site': 'Site guarded by CSTO troops',
	airfield: 'Airfield used by the airlift',
	hq: 'CSTO headquarters',
	airlift: 'Airlift flight',
	'context-deployment': 'Earlier Russian deployment',
	protest: 'Protest',
	clash: 'Clash',
	seizure: 'Seizure of buildings',
	'oil-field': 'Oil field',
	'gas-field': 'Gas field',
	pipeline: 'Pipeline',
	refinery: 'Refinery',
	uranium: 'Uranium mining',
	coal: 'Coal mine',
	power: 'Power station',
	spaceport: 'Spaceport',
	'test-range': 'Russian military test range',
	radar: 'Russian early-warning radar'
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A sourced value as text: "785,708 (official estimate, 1 Jan 2022)". */
export function formatValue(v: SourcedValue | undefined, unit = ''): string {
	if (!v) return '';
	const value = typeof v.value === 'number' ? nf.format(v.value) : v.value;
	const raw = 'unit' in v && typeof v.unit === 'string' ? v.unit : unit;
	const u = raw === 'km2' ? 'km²' : raw;
	return `${value}${u ? ` ${u}` : ''} (${formatBasis(v)})`;
}

/**
 * Where a figure comes from, as a reader cites it: the publisher, and the copy it was read on when
 * the original could not be read. Null for a computed value (its method is its basis).
 */
export function figureSource(
	v: Pick<SourcedValue, 'via' | 'attribution'> & { source?: string; computed?: string }
): { url: string; publisher: string; via: string | null; attribution: string | null } | null {
	if (!v.source) return null;
	return {
		url: v.source,
		publisher: publisherOf(v.source),
		via: v.via ? viaNote(v.via) : null,
		attribution: v.attribution ?? null
	};
}

/** One line for a tooltip: what the feature is, and its headline figure with its basis. */
export function summaryLine(p: AnyProps): string {
	if (p.kind === 'region' || p.kind === 'city') {
		const share = bestShare(p as RegionProps);
		return `${kindLabel(p.kind)}${share ? ` · Russians ${nf.format(share.value)} % (${formatBasis(share)})` : ' · Russian share: no figure found'}`;
	}
	return kindLabel(p.kind);
}
