import type { AnyProps, RegionProps, SourcedValue } from './types';
import { latestRussianShare } from './regions';

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
	spaceport: 'Spaceport'
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A sourced value as text: "785,708 (2022, official estimate)". */
export function formatValue(v: SourcedValue | undefined, unit = ''): string {
	if (!v) return '';
	const value = typeof v.value === 'number' ? nf.format(v.value) : v.value;
	const raw = 'unit' in v && typeof v.unit === 'string' ? v.unit : unit;
	const u = raw === 'km2' ? 'km²' : raw;
	return `${value}${u ? ` ${u}` : ''} (${[v.year, v.basis].filter(Boolean).join(', ')})`;
}

/** One line for a tooltip: what the feature is, and its headline figure when it has one. */
export function summaryLine(p: AnyProps): string {
	if (p.kind === 'region' || p.kind === 'city') {
		const share = latestRussianShare(p as RegionProps);
		return `${kindLabel(p.kind)}${share ? ` · Russians ${nf.format(share.value)} % (${share.year})` : ' · Russian share: no figure found'}`;
	}
	return kindLabel(p.kind);
}
