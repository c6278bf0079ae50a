import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { addLate, basemapStyle, BASEMAP_BOUNDS, type LateTarget } from './style';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
// The basemap as built by `npm run geodata` (scripts/basemap/build.mjs): what the map draws.
const basemap = JSON.parse(
	readFileSync(new URL('../../../geodata/basemap/basemap.geojson', import.meta.url), 'utf8')
) as FeatureCollection;
// The world around the detail and the rivers (late.geojson), added after the first view.
const late = JSON.parse(
	readFileSync(new URL('../../../geodata/basemap/late.geojson', import.meta.url), 'utf8')
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
		const style = basemapStyle(empty, { water: true, late: empty });
		const source = style.sources.extent as { type: string; data: Feature<Polygon> } | undefined;
		expect(source?.type).toBe('geojson');
		const extent = source!.data;
		// Every vertex of every country, lake, city, river and of the world around them, inside or on
		// the edge of the sea's polygon.
		const uncovered = [...basemap.features, ...late.features]
			.flatMap((f) => positions((f.geometry as { coordinates: unknown }).coordinates))
			.filter((p) => !booleanPointInPolygon(p, extent));
		expect(uncovered.slice(0, 5), `${uncovered.length} basemap points outside the sea`).toEqual([]);
	});

	it('without the world around the detail, is sea only under the detail (no sea over its land)', () => {
		const style = basemapStyle(empty, { water: true });
		const extent = (style.sources.extent as { data: Feature<Polygon> }).data;
		expect(bbox(extent)).toEqual(BASEMAP_BOUNDS.flat());
	});

	it('for the live map draws no sea at all (the container shows it) and no labels', () => {
		const style = basemapStyle(empty, { water: false });
		expect(style.layers.map((l) => l.type)).not.toContain('background');
		expect(style.sources.extent).toBeUndefined();
		expect(style.layers.map((l) => l.type)).not.toContain('symbol');
	});
});

describe('the late basemap (the world around the detail, the rivers)', () => {
	it('is added to the live map in the order the export draws it', () => {
		// A live map's style: no sea, no labels; addLate must slot its layers in the export's order.
		const layers: string[] = basemapStyle(empty, { water: false }).layers.map((l) => l.id);
		const data: unknown[] = [];
		const fake: LateTarget = {
			getSource: (id) =>
				id === 'basemap' ? { setData: (fc: FeatureCollection) => data.push(fc) } : undefined,
			getLayer: (id) => (layers.includes(id) ? {} : undefined),
			addLayer: (layer: LayerSpecification, before?: string) =>
				layers.splice(before ? layers.indexOf(before) : layers.length, 0, layer.id)
		};
		addLate(fake, basemap, late);
		addLate(fake, basemap, late); // once only
		const full = basemapStyle(empty, { water: false, late: empty }).layers.map((l) => l.id);
		expect(layers).toEqual(full);
		// The world joins the detail's source: one source, so one set of tile clipping masks a pass.
		expect(data).toEqual([{ type: 'FeatureCollection', features: [...basemap.features, ...late.features] }]);
		expect(full).toEqual([
			'world-land',
			'country-fill',
			'world-lake',
			'lake-fill',
			'river',
			'world-border',
			'country-border',
			'kazakhstan-border'
		]);
	});

	it('draws the detail and the world from one source (the sea has its own only in the export)', () => {
		const sources = (water: boolean) =>
			[
				...new Set(
					basemapStyle(basemap, { water, late }).layers.flatMap((l) => ('source' in l ? [l.source] : []))
				)
			].sort();
		expect(sources(false)).toEqual(['basemap']);
		expect(sources(true)).toEqual(['basemap', 'extent']);
	});

	it('holds the rivers the article is read by, inside the detail', () => {
		const rivers = late.features.filter((f) => f.properties?.layer === 'river');
		expect(rivers.map((f) => f.properties?.name).sort()).toEqual(
			['Amu Darya', 'Ili', 'Irtysh', 'Ishim', 'Syr Darya', 'Tobol', 'Ural', 'Volga'].sort()
		);
		const [[w, s], [e, n]] = BASEMAP_BOUNDS;
		for (const r of rivers) {
			const [rw, rs, re, rn] = bbox(r);
			expect(rw >= w && rs >= s && re <= e && rn <= n, `${r.properties?.name} ${bbox(r)}`).toBe(true);
		}
	});

	it('leaves the detail to basemap.geojson: no world land inside BASEMAP_BOUNDS', () => {
		const [[w, s], [e, n]] = BASEMAP_BOUNDS;
		const inside = late.features
			.filter((f) => f.properties?.layer === 'world-land')
			.flatMap((f) => positions((f.geometry as { coordinates: unknown }).coordinates))
			.filter(([x = 0, y = 0]) => x > w + 1e-9 && x < e - 1e-9 && y > s + 1e-9 && y < n - 1e-9);
		expect(inside.slice(0, 5)).toEqual([]);
	});
});
