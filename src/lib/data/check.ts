import type { FeatureCollection, Geometry } from 'geojson';
import type { DatasetSchema } from '$lib/geo/schema';
import {
	cstoSchema,
	energySchema,
	militarySchema,
	northSchema,
	regionsSchema,
	unrestSchema,
	type DatasetName,
	type DatasetProps
} from '$lib/geo/schemas';
import { formatIssue, parseDataset, type ValidationContext } from '$lib/geo/validate';

const SCHEMAS: { [K in DatasetName]: DatasetSchema & { name: K } } = {
	regions: regionsSchema,
	north: northSchema,
	csto: cstoSchema,
	unrest: unrestSchema,
	energy: energySchema,
	military: militarySchema
};

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Runs the geodata validator on a fetched file. A failing file yields one message naming the file,
 * the feature and the rule (the first issue, plus how many more), shown in the legend.
 */
export function checkDataset<N extends DatasetName>(
	name: N,
	raw: Result<unknown>,
	ctx: ValidationContext = {}
): Result<FeatureCollection<Geometry, DatasetProps[N]>> {
	if (!raw.ok) return raw;
	// The source policy is the build's and the tests' job (see ValidationContext.policy).
	const parsed = parseDataset(`${name}.geojson`, raw.data, SCHEMAS[name], { ...ctx, policy: false });
	if (parsed.ok) return parsed;
	const [first, ...rest] = parsed.issues;
	return { ok: false, message: `${formatIssue(first!)}${rest.length ? ` (and ${rest.length} more)` : ''}` };
}
