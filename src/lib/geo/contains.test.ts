import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresInRegions, segmentsIntersect, type ContainedProps } from './contains';
import { CITY_POINT_RADIUS_KM } from './validate/regions';

/*
 * fixtures/contains/regions.geojson: SQ, a 2°×2° square; MP, a square ring with a square hole plus a
 * second square; PT, a city drawn as a point. others.geojson names each feature after what it tests.
 */
const dir = fileURLToPath(new URL('./fixtures/contains/', import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(dir + file, 'utf8'));
const regions = read('regions.geojson') as FeatureCollection<Polygon | MultiPolygon | Point, { id: string }>;
const others = (read('others.geojson') as FeatureCollection<Geometry, ContainedProps>).features;

const result = featuresInRegions(regions, others);
const ids = (region: string) => result.get(region)?.map((p) => p.id);

describe('featuresInRegions', () => {
	it('lists every region, even one with nothing in it', () => {
		expect([...result.keys()]).toEqual(['SQ', 'MP', 'PT']);
		expect(featuresInRegions(regions, []).get('SQ')).toEqual([]);
	});

	describe('square region', () => {
		it('holds a point inside and one on its edge, not one outside', () => {
			expect(ids('SQ')).toContain('sq-inside');
			expect(ids('SQ')).toContain('sq-edge');
			expect(ids('SQ')).not.toContain('sq-outside');
		});
		it('holds a line that crosses it without a vertex inside, not one passing by', () => {
			expect(ids('SQ')).toContain('sq-crossing');
			expect(ids('SQ')).not.toContain('sq-passing');
		});
		it('sorts by kind, then name', () => {
			expect(ids('SQ')).toEqual(['sq-crossing', 'sq-edge', 'sq-inside']);
		});
		it('returns the features’ own properties', () => {
			expect(result.get('SQ')?.[0]).toBe(others.find((f) => f.properties.id === 'sq-crossing')?.properties);
		});
	});

	describe('MultiPolygon with a hole', () => {
		it('holds points in the ring and in its second polygon, not in the hole', () => {
			expect(ids('MP')).toContain('mp-ring');
			expect(ids('MP')).toContain('mp-second');
			expect(ids('MP')).not.toContain('mp-hole');
		});
		it('holds a line leaving the hole across the ring, not one wholly inside the hole', () => {
			expect(ids('MP')).toContain('mp-line-across');
			expect(ids('MP')).not.toContain('mp-line-in-hole');
		});
		it('holds exactly those', () => {
			expect(ids('MP')).toEqual(['mp-line-across', 'mp-second', 'mp-ring']);
		});
	});

	describe('point region', () => {
		it(`holds points and lines within ${CITY_POINT_RADIUS_KM} km, not farther ones`, () => {
			expect(ids('PT')).toEqual(['pt-line-near', 'pt-near']);
		});
	});

	it('lists no area features: zone membership comes from the data, not geometry', () => {
		for (const list of result.values()) expect(list.map((p) => p.id)).not.toContain('zone');
	});

	it('does not list a region inside itself when passed among the others', () => {
		const self = regions.features[0] as Feature<Geometry, { id: string }>;
		const asOther = { ...self, properties: { id: 'SQ', kind: 'region', name: 'Square' } };
		expect(featuresInRegions(regions, [asOther]).get('SQ')).toEqual([]);
	});

	it('throws, naming the region, on a geometry that cannot hold anything', () => {
		const bad = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { id: 'LINE' }, geometry: { type: 'LineString', coordinates: [] } }
			]
		} as unknown as typeof regions;
		expect(() => featuresInRegions(bad, others)).toThrow(/LINE/);
	});
});

describe('segmentsIntersect', () => {
	it('crossing, touching at an end, collinear overlap, and apart', () => {
		expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
		expect(segmentsIntersect([0, 0], [1, 1], [1, 1], [2, 0])).toBe(true);
		expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
		expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
		expect(segmentsIntersect([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
	});
});
