import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { pack } from './pack';
import { isPacked, unpack } from './unpack';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;

describe('pack / unpack (the TopoJSON the app downloads)', () => {
	for (const [file, decimals] of [
		['geodata/regions.geojson', 4],
		['geodata/north.geojson', 4]
	] as const)
		it(`${file} comes back exactly as it was, and smaller`, () => {
			const original = read(file);
			const packed = pack(original, decimals);
			expect(unpack(JSON.parse(JSON.stringify(packed)))).toEqual(original);
			expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(original).length);
		});

	it('keeps every basemap feature, its properties and its points', () => {
		const original = read('geodata/basemap/basemap.geojson');
		const back = unpack(pack(original, 3)) as FeatureCollection;
		expect(back.features.map((f) => f.properties)).toEqual(original.features.map((f) => f.properties));
		const points = (fc: FeatureCollection) =>
			fc.features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : []));
		expect(points(back)).toEqual(points(original));
	});

	it('keeps top-level members (sources, gaps) and feature ids', () => {
		const fc = {
			type: 'FeatureCollection',
			sources: ['https://example.org/a'],
			features: [
				{
					type: 'Feature',
					id: 'x-1',
					properties: { id: 'x-1' },
					geometry: { type: 'Point', coordinates: [70.1234, 50.5] }
				}
			]
		} as FeatureCollection;
		expect(unpack(pack(fc, 4))).toEqual(fc);
	});

	it('refuses coordinates finer than the grid, which it would move', () => {
		const fc = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [70.12345, 50] } }
			]
		} as FeatureCollection;
		expect(() => pack(fc, 4)).toThrow(/p: coordinate 70.12345 has more than 4 decimals/);
	});

	it('passes anything that is not a packed topology through untouched, for the validator to judge', () => {
		const broken = { type: 'FeatureCollection', features: 'nope' };
		expect(unpack(broken)).toBe(broken);
		expect(isPacked({ type: 'Topology', objects: {} })).toBe(false);
	});
});
