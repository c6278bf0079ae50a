import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREAS, DATASETS } from '.';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the dataset registry', () => {
	it('gives each dataset its own id, file and draw order', () => {
		for (const key of ['id', 'file', 'drawOrder'] as const)
			expect(new Set(DATASETS.map((d) => d[key])).size, key).toBe(DATASETS.length);
	});

	it('names a layer component that exists for every entry (MapLayers would draw nothing for a typo)', () => {
		for (const d of DATASETS)
			expect(existsSync(`${root}src/lib/map/layers/${d.layer}.svelte`), `${d.id} → ${d.layer}`).toBe(true);
	});

	it('names a geodata file that exists for every entry', () => {
		for (const d of DATASETS) expect(existsSync(`${root}geodata/${d.file}`), d.file).toBe(true);
	});

	it('has exactly one areas dataset, which the others are not (validation orders by it)', () => {
		expect(DATASETS.filter((d) => d.areas)).toEqual([AREAS]);
		expect(AREAS?.listedInAreas).toBeFalsy();
	});
});
