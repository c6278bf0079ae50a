import type { DatasetSchema } from './schema';
import {
	cstoSchema,
	energySchema,
	militarySchema,
	northSchema,
	regionsSchema,
	unrestSchema
} from './schemas';

/**
 * The geodata files the app ships. geodata.test.ts fails when one is missing, so a layer cannot
 * silently lose its data; the app fetches and validates exactly these.
 */
export const DATASETS = [
	{ name: 'regions', file: 'regions.geojson', schema: regionsSchema },
	{ name: 'north', file: 'north.geojson', schema: northSchema },
	{ name: 'csto', file: 'csto.geojson', schema: cstoSchema },
	{ name: 'unrest', file: 'unrest.geojson', schema: unrestSchema },
	{ name: 'energy', file: 'energy.geojson', schema: energySchema },
	{ name: 'military', file: 'military.geojson', schema: militarySchema }
] as const satisfies readonly { name: string; file: string; schema: DatasetSchema }[];

export type Dataset = (typeof DATASETS)[number];
