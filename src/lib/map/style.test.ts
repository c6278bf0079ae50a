import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { basemapStyle, BASEMAP_BOUNDS } from './style';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
// The basemap as built by `npm run geodata` (scripts/basemap/build.mjs): what the map draws.
const basemap = JSON.parse(
	readFileSync(new URL('../../../geodata/basemap/basemap.geojson', import.meta.url), 'utf8')
) as FeatureCollection;

/** Every position of a geometry's (nested) coordinate arrays. */
const positions = (c: unknown): Position[] =>
	Array.isArray(c) && typeof c[0] === 'number'
		? [c as Position]
		: Array.isArray(c)
			? c.flatMap(positions)
			: [];

describe('the basemap extent (the live map pans no further: maxBounds; the export fills it with sea)', () => {
	it('holds every feature of the basemap and is no larger than the basemap', () => {
		const [[w, s], [e, n]] = BASEMAP_BOUNDS;
		const outside = basemap.features.filter((f) => {
			const [fw, fs, fe, fn] = bbox(f);
			return fw < w || fs < s || fe > e || fn > n;
		});
		expect(outside.map((f) => `${f.properties?.layer} ${f.properties?.name}: ${bbox(f)}`)).toEqual([]);
		// And the basemap reaches each of its edges (the countries are clipped there): a wider extent
		// would let the camera pan onto empty sea where there is land, Sweden or China undrawn.
		const [bw, bs, be, bn] = bbox(basemap);
		for (const [edge, data] of [
			[w, bw],
			[s, bs],
			[e, be],
			[n, bn]
		] as const)
			expect(Math.abs(edge - data), `extent edge ${edge} vs the basemap's ${data}`).toBeLessThan(0.01);
	});

	it('is filled with sea under all of the basemap in the export', () => {
		const style = basemapStyle(empty, { labels: true, water: true });
		const source = style.sources.extent as { type: string; data: Feature<Polygon> } | undefined;
		expect(source?.type).toBe('geojson');
		const extent = source!.data;
		// Every vertex of every country, lake and city, inside or on the edge of the sea's polygon.
		const uncovered = basemap.features
			.flatMap((f) => positions((f.geometry as { coordinates: unknown }).coordinates))
			.filter((p) => !booleanPointInPolygon(p, extent));
		expect(uncovered.slice(0, 5), `${uncovered.length} basemap points outside the sea`).toEqual([]);
	});

	it('for the live map draws no sea at all (the container shows it) and no labels', () => {
		const style = basemapStyle(empty, { labels: false, water: false });
		expect(style.layers.map((l) => l.type)).not.toContain('background');
		expect(style.sources.extent).toBeUndefined();
		expect(style.layers.map((l) => l.type)).not.toContain('symbol');
	});
});
