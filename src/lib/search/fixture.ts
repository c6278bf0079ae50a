import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import type { Datasets } from '$lib/data/load';
import { SHIPPED_DATASETS } from '$lib/datasets';
import { buildItems, createSearch, type SearchEngine } from './engine';
import { featureInputs, placeInputs, regionFinder } from './inputs';
import type { NamesFile } from './names';

/* The real geodata, read from disk for the unit tests (the app fetches the same files). */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => JSON.parse(readFileSync(root + p, 'utf8'));
const ok = (file: string) => ({ ok: true as const, data: read(`geodata/${file}`) });

export function realDatasets(): Datasets {
	return {
		layers: Object.fromEntries(SHIPPED_DATASETS.map((e) => [e.id, ok(e.file)])),
		timeline: { ok: true, data: read('geodata/timeline.json') }
	} as Datasets;
}

export function realBasemap(): FeatureCollection {
	return read('geodata/basemap/basemap.geojson');
}

export function realSearch(): SearchEngine {
	const d = realDatasets();
	const names = read('geodata/names.json') as NamesFile;
	return createSearch(
		buildItems(featureInputs(d), placeInputs(realBasemap()), names, regionFinder(d)),
		names.sources
	);
}
