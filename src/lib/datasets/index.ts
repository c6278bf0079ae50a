import { regions } from './regions';
import { north } from './north';
import { csto } from './csto';
import { unrest } from './unrest';
import { energy } from './energy';
import { military } from './military';
import { EXTRA_DATASETS } from './extra';
import type { DatasetEntry } from './entry';

export type { DatasetEntry } from './entry';

/**
 * The registry: every dataset the app ships, in the order the layers panel, legend and features
 * list show them (draw order is each entry's `drawOrder`). Nothing else in src/ lists datasets.
 */
export const SHIPPED_DATASETS: readonly DatasetEntry[] = [regions, north, csto, unrest, energy, military];
/** The shipped datasets and, in a variant build only (KZ_BUILD), its extra ones (./extra.ts). */
export const DATASETS: readonly DatasetEntry[] = [...SHIPPED_DATASETS, ...EXTRA_DATASETS];

/** Layer names as permalinks and links.json spell them. */
export const LAYER_IDS: readonly string[] = DATASETS.map((d) => d.id);

/** The dataset the others' points are checked against and listed in (regions.geojson). */
export const AREAS: DatasetEntry | undefined = DATASETS.find((d) => d.areas);

const BY_ID: ReadonlyMap<string, DatasetEntry> = new Map(DATASETS.map((d) => [d.id, d]));
export const datasetById = (id: string): DatasetEntry | undefined => BY_ID.get(id);
