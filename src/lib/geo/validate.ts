import type { FeatureCollection, Geometry } from 'geojson';
import type { DatasetSchema } from './schema';
import type { DatasetName, DatasetProps } from './schemas';
import { checkCoordinatePrecision, checkCoordinateRange } from './validate/coordinates';
import { isRecord, type Finding, type Issue } from './validate/issue';
import { checkPolygonClosed, checkPolygonWinding } from './validate/polygons';
import { checkIds, checkRequiredProperties } from './validate/properties';
import { checkPointInRegion, indexRegions } from './validate/regions';
import { checkLocation, checkSources, checkSourcedValues } from './validate/sourced';
import { checkCitations } from './validate/citations';
import { readCollection } from './validate/structure';

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

/**
 * Every rule of geodata/SCHEMA.md against one file. Pure and browser-safe: the app runs it on each
 * fetched file and disables the layer of a file that fails.
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
	const read = readCollection(data);
	const issues: Issue[] = read.findings.map(({ feature, finding }) => ({
		file: fileName,
		feature,
		...finding
	}));
	const ids = checkIds(
		read.features.map(({ feature }) => ({ properties: feature.properties, topId: feature.id }))
	);
	const regions = ctx.regions ? indexRegions(ctx.regions) : undefined;
	// File-level blocks (national figures, notes, gaps) are read by people and printed by the app:
	// their figures and URLs obey the same rules as a feature's.
	const policy = ctx.policy ?? true;
	if (isRecord(data)) {
		for (const [key, value] of Object.entries(data)) {
			if (key === 'features' || key === 'type') continue;
			const findings = [
				...checkSourcedValues({ [key]: value }),
				...(policy ? checkCitations(value, key) : [])
			];
			for (const finding of findings) issues.push({ file: fileName, feature: null, ...finding });
		}
	}

	read.features.forEach(({ label, feature }, index) => {
		const { geometry, properties } = feature;
		const findings: Finding[] = [
			...checkGeometry(geometry),
			...(ids[index] ?? []),
			...checkRequiredProperties(properties, geometry, schema),
			...checkSourcedValues(properties),
			...checkSources(properties),
			...(policy ? checkCitations(properties, '') : []),
			...checkLocation(properties, geometry),
			...(regions ? checkPointInRegion(properties, geometry, regions) : [])
		];
		for (const finding of findings) issues.push({ file: fileName, feature: label, ...finding });
	});
	return issues;
}

function checkGeometry(geometry: Geometry): Finding[] {
	return [
		...checkCoordinateRange(geometry),
		...checkCoordinatePrecision(geometry),
		...checkPolygonClosed(geometry),
		...checkPolygonWinding(geometry)
	];
}

/** A shipped schema proves its dataset's Props; any other schema (a registered extra) proves less. */
type PropsOf<S> = S extends { name: infer N extends DatasetName } ? DatasetProps[N] : unknown;

export type ParseResult<P> =
	{ ok: true; data: FeatureCollection<Geometry, P> } | { ok: false; issues: Issue[] };

/**
 * Validates, then hands out the dataset's Props type. The only place unknown JSON becomes typed
 * geodata: the assertion below is backed by every rule having passed.
 */
export function parseDataset<S extends DatasetSchema>(
	fileName: string,
	data: unknown,
	schema: S,
	ctx?: ValidationContext
): ParseResult<PropsOf<S>> {
	const issues = validateCollection(fileName, data, schema, ctx);
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, data: data as FeatureCollection<Geometry, PropsOf<S>> };
}
