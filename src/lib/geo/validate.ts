import * as v from 'valibot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DatasetSchema, PropsOf } from './schema/dataset';
import { Collection, FeatureEnvelope, metaOf } from './schema/parts';
import { checkCoordinatePrecision, checkCoordinateRange } from './validate/coordinates';
import { featureLabel, isRecord, type Finding, type Issue, type RuleName } from './validate/issue';
import { checkPolygonClosed, checkPolygonWinding } from './validate/polygons';
import { checkPointInRegion, indexRegions } from './validate/regions';
import { checkCitations } from './validate/citations';
import { show } from './validate/values';
import { drawnFeature } from './drawn';

export { checkCrossFileIds, checkLinks } from './validate/cross';
export { formatIssue, RULES, type Issue, type RuleName } from './validate/issue';

export interface ValidationContext {
	/** regions.geojson, for point-in-region; without it that rule is skipped. */
	regions?: FeatureCollection;
	/**
	 * The source policy (rule `source-policy`), on by default. The browser turns it off: the build
	 * and the tests hold the committed files to it, and in the browser validation is there to catch a
	 * file that arrives broken, which the policy cannot. It walks every string of every file, work the
	 * first view does not need.
	 */
	policy?: boolean;
}

type AnyIssue = v.BaseIssue<unknown>;

/** What an issue without a message of its own says: what was found, and what was wanted. */
function fallbackMessage(issue: AnyIssue): string {
	if (issue.input === null)
		return 'is null; leave a missing figure out (and list the gap in geodata/README.md)';
	const wanted = issue.expected?.includes('|')
		? `one of ${issue.expected.replaceAll('"', '').split(' | ').join(', ')}`
		: (issue.expected ?? 'valid');
	return `is ${show(issue.input)}, not ${wanted}`;
}
const CONFIG = { message: fallbackMessage } as const;

/** `population.year`, `sources[0].url`: the path as a reader of the file finds it. */
function pathText(issue: AnyIssue): string {
	let out = '';
	for (const item of issue.path ?? [])
		out += typeof item.key === 'number' ? `[${item.key}]` : out ? `.${String(item.key)}` : String(item.key);
	return out;
}

/** The schemas an issue passed through, outermost first: the one it started at and those above. */
function schemasOnPath(root: unknown, issue: AnyIssue): unknown[] {
	const seen: unknown[] = [];
	const visit = (s: unknown, value: unknown): unknown => {
		// Wrappers first (optional, lazy, variant), each a schema whose metadata counts too.
		for (let i = 0; i < 8 && isRecord(s); i++) {
			seen.push(s);
			if (typeof s.getter === 'function') s = (s.getter as (x: unknown) => unknown)(value);
			else if (s.type === 'optional' || s.type === 'exact_optional') s = s.wrapped;
			else if (s.type === 'variant' && Array.isArray(s.options) && typeof s.key === 'string') {
				const key = s.key;
				s = s.options.find((o: unknown) => {
					const lit: unknown = isRecord(o) && isRecord(o.entries) ? o.entries[key] : undefined;
					return isRecord(value) && isRecord(lit) && lit.literal === value[key];
				});
			} else break;
		}
		return s;
	};
	let s = visit(root, issue.path?.[0]?.input);
	for (const item of issue.path ?? []) {
		if (!isRecord(s)) break;
		const entries = isRecord(s.entries) ? s.entries : undefined;
		const child: unknown =
			(entries && typeof item.key === 'string' && Object.hasOwn(entries, item.key)
				? entries[item.key]
				: undefined) ??
			s.rest ??
			s.item ??
			s.value;
		s = visit(child, item.value);
	}
	return seen;
}

/** The rule a property issue is reported under: the innermost `rule` tag on its path. */
function ruleOf(root: unknown, issue: AnyIssue, fallback: RuleName): RuleName {
	let rule = fallback;
	for (const s of schemasOnPath(root, issue)) rule = metaOf(s).rule ?? rule;
	return rule;
}

function findings(root: unknown, issues: readonly AnyIssue[], fallback: RuleName): Finding[] {
	return issues.map((issue) => {
		const last = issue.path?.[issue.path.length - 1];
		const missing = last?.origin === 'key' && issue.expected !== 'never';
		const unknownKey = last?.origin === 'key' && issue.expected === 'never';
		const message = missing
			? 'is missing'
			: unknownKey
				? 'is not a property this object has (misspelt?)'
				: issue.message;
		const path = pathText(issue);
		return { rule: ruleOf(root, issue, fallback), message: path ? `${path} ${message}` : message };
	});
}

/**
 * Every rule of geodata/SCHEMA.md against one file: the dataset's schema (shape, figures, sources,
 * location), then the rules across fields and files that no property schema can say (geometry by
 * kind, coordinates, rings, ids, the source policy, points in their regions). Pure and
 * browser-safe: the app runs it on each fetched file and disables the layer of a file that fails.
 *
 * @example
 * validateCollection('unrest.geojson', json, unrestSchema, { regions }).map(formatIssue)
 * //= ['unrest.geojson › unrest-almaty-akimat › location: Point has no location; …']
 */
export function validateCollection(
	fileName: string,
	data: unknown,
	schema: DatasetSchema,
	ctx: ValidationContext = {}
): Issue[] {
	return readDataset(fileName, data, schema, ctx).issues;
}

interface Read {
	issues: Issue[];
	features: Feature<Geometry, unknown>[];
}

function readDataset(fileName: string, data: unknown, schema: DatasetSchema, ctx: ValidationContext): Read {
	const issues: Issue[] = [];
	const stamp = (feature: string | null, found: Finding[]) =>
		found.forEach((f) => issues.push({ file: fileName, feature, ...f }));
	const features: Feature<Geometry, unknown>[] = [];

	const file = v.safeParse(Collection, data, CONFIG);
	// File-level blocks (national figures, notes, gaps) are read by people and printed by the app:
	// their figures and URLs obey the same rules as a feature's.
	if (!file.success) stamp(null, findings(Collection, file.issues, 'required-properties'));
	if (!isRecord(data) || !Array.isArray(data.features)) return { issues, features };
	const policy = ctx.policy ?? true;
	if (policy)
		for (const [key, value] of Object.entries(data))
			if (key !== 'features' && key !== 'type') stamp(null, checkCitations(value, key));

	const regions = ctx.regions ? indexRegions(ctx.regions) : undefined;
	const firstById = new Map<string, number>();
	data.features.forEach((raw: unknown, index: number) => {
		const label = featureLabel(raw, index);
		// One structural problem per feature: the rest of a feature that cannot be drawn is moot.
		const envelope = v.safeParse(FeatureEnvelope, raw, { ...CONFIG, abortEarly: true });
		if (!envelope.success) return stamp(label, findings(FeatureEnvelope, envelope.issues, 'geojson'));
		const geometry = envelope.output.geometry as Geometry;
		const props = envelope.output.properties;
		const parsed = v.safeParse(schema.properties, props, CONFIG);
		stamp(label, [
			...checkGeometry(geometry),
			...checkIds(props, envelope.output.id, index, firstById),
			...(parsed.success ? [] : findings(schema.properties, parsed.issues, 'required-properties')),
			...checkKind(props, geometry, schema),
			...checkLocationPresent(props, geometry),
			...(policy ? checkCitations(props, '') : []),
			...(regions ? checkPointInRegion(props, geometry, regions) : [])
		]);
		if (parsed.success) features.push(drawnFeature(geometry, parsed.output, envelope.output.id));
	});
	return { issues, features };
}

function checkGeometry(geometry: Geometry): Finding[] {
	return [
		...checkCoordinateRange(geometry),
		...checkCoordinatePrecision(geometry),
		...checkPolygonClosed(geometry),
		...checkPolygonWinding(geometry)
	];
}

/**
 * `id-unique` within one file (no repeats; a top-level `id` agrees with `properties.id`). Across
 * files see checkCrossFileIds; a missing or non-string id is the schema's to report.
 */
function checkIds(
	props: Record<string, unknown>,
	topId: unknown,
	index: number,
	firstById: Map<string, number>
): Finding[] {
	const id = props.id;
	if (typeof id !== 'string') return [];
	const found: string[] = [];
	if (topId !== undefined && topId !== id)
		found.push(`top-level id ${show(topId)} differs from properties.id ${show(id)}`);
	const first = firstById.get(id);
	if (first === undefined) firstById.set(id, index);
	else found.push(`id ${show(id)} is used again (first by features[${first}])`);
	return found.map((message) => ({ rule: 'id-unique', message }));
}

/** The dataset's id prefix and the geometry its kind is drawn from (`required-properties`). */
function checkKind(props: Record<string, unknown>, geometry: Geometry, schema: DatasetSchema): Finding[] {
	const found: string[] = [];
	const { id, kind } = props;
	if (typeof id === 'string' && !schema.idPrefixes.some((p) => id.startsWith(p)))
		found.push(`id ${show(id)} lacks the dataset prefix (${schema.idPrefixes.join(' or ')})`);
	const wanted =
		typeof kind === 'string' && Object.hasOwn(schema.kinds, kind) ? schema.kinds[kind] : undefined;
	if (wanted && !wanted.geometry.includes(geometry.type as never))
		found.push(`kind ${show(kind)} wants ${wanted.geometry.join(' or ')} geometry, not ${geometry.type}`);
	return found.map((message) => ({ rule: 'required-properties', message }));
}

/** `location`: a point says where its coordinates come from (its shape is the schema's). */
function checkLocationPresent(props: Record<string, unknown>, geometry: Geometry): Finding[] {
	if ((geometry.type !== 'Point' && geometry.type !== 'MultiPoint') || props.location !== undefined)
		return [];
	return [
		{ rule: 'location', message: `${geometry.type} has no location; points need {source, year, precision}` }
	];
}

/**
 * The features of a file that are drawable GeoJSON, whatever their properties: what point-in-region
 * needs of regions.geojson, so a slip in a region's figures does not also hide every misplaced point.
 */
export function drawableFeatures(data: unknown): FeatureCollection {
	const features = (isRecord(data) && Array.isArray(data.features) ? data.features : []).flatMap(
		(raw: unknown) => {
			const read = v.safeParse(FeatureEnvelope, raw, { abortEarly: true });
			return read.success
				? [
						{
							type: 'Feature' as const,
							geometry: read.output.geometry as Geometry,
							properties: read.output.properties
						}
					]
				: [];
		}
	);
	return { type: 'FeatureCollection', features };
}

export type ParseResult<P> =
	{ ok: true; data: FeatureCollection<Geometry, P> } | { ok: false; issues: Issue[] };

/**
 * Validates, then hands out the dataset's properties type. The only place unknown JSON becomes typed
 * geodata: the features are the schema's own output, and the type is inferred from that schema.
 */
export function parseDataset<S extends DatasetSchema>(
	fileName: string,
	data: unknown,
	schema: S,
	ctx: ValidationContext = {}
): ParseResult<PropsOf<S>> {
	const read = readDataset(fileName, data, schema, ctx);
	if (read.issues.length > 0) return { ok: false, issues: read.issues };
	// PropsOf<S> is v.InferOutput of the schema that produced these properties (schema/dataset.ts).
	const features = read.features as Feature<Geometry, PropsOf<S>>[];
	return { ok: true, data: { type: 'FeatureCollection', features } };
}
