/** Every rule the validator knows, in the order a reader of SCHEMA.md meets them. */
export const RULES = [
	'geojson',
	'coordinate-range',
	'coordinate-precision',
	'polygon-closed',
	'polygon-winding',
	'id-unique',
	'required-properties',
	'sourced-value',
	'basis',
	'source-policy',
	'sources',
	'location',
	'point-in-region',
	'link-target'
] as const;

export type RuleName = (typeof RULES)[number];

/**
 * One broken rule. `feature` is the feature's id (or `features[i]` when it has none) so that a
 * failing test points at the exact thing to fix; it is null only for file-level problems.
 */
export interface Issue {
	file: string;
	feature: string | null;
	rule: RuleName;
	message: string;
}

/** What a per-feature rule returns; the caller stamps file and feature on it. */
export interface Finding {
	rule: RuleName;
	message: string;
}

/**
 * @example
 * formatIssue({ file: 'regions.geojson', feature: 'KZ-AKM', rule: 'polygon-winding', message: 'exterior ring 0 is clockwise' })
 * //= 'regions.geojson › KZ-AKM › polygon-winding: exterior ring 0 is clockwise'
 */
export function formatIssue(issue: Issue): string {
	const where = issue.feature === null ? issue.file : `${issue.file} › ${issue.feature}`;
	return `${where} › ${issue.rule}: ${issue.message}`;
}

/**
 * A feature's name in messages. Falls back to its position so a feature without an id is still
 * findable in the file.
 */
export function featureLabel(feature: unknown, index: number): string {
	if (isRecord(feature)) {
		const props = feature.properties;
		if (isRecord(props) && typeof props.id === 'string' && props.id !== '') return props.id;
		if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
	}
	return `features[${index}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A finding per rule per feature, not per position: a mis-wound MultiPolygon with 40 islands is one
 * thing to fix, and 40 lines would bury the other problems.
 */
export function summarise(rule: RuleName, messages: string[], noun: string): Finding[] {
	const [first] = messages;
	if (first === undefined) return [];
	const more = messages.length - 1;
	return [{ rule, message: more > 0 ? `${first} (and ${more} more ${noun})` : first }];
}
