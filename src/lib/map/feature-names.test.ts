import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { anchor } from './feature-names';

describe('where a feature the passage names gets its name', () => {
	it('beside a point’s marker', () => {
		expect(anchor({ type: 'Point', coordinates: [34.1, 44.95] })).toEqual({
			lngLat: [34.1, 44.95],
			marker: true
		});
	});

	it('inside a concave polygon, where its bounding box’s centre is not', () => {
		// A U open to the north: the centre of its box (5, 5) lies in the notch, outside the shape.
		const u: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[7, 10],
					[7, 3],
					[3, 3],
					[3, 10],
					[0, 10],
					[0, 0]
				]
			]
		};
		const at = anchor(u)!;
		expect(at.marker).toBe(false);
		expect(booleanPointInPolygon([5, 5], u)).toBe(false);
		expect(booleanPointInPolygon(at.lngLat, u)).toBe(true);
	});

	it('on the largest part of a multipolygon, and at a line’s middle vertex', () => {
		const square = (x: number, s: number) => [
			[
				[x, 0],
				[x + s, 0],
				[x + s, s],
				[x, s],
				[x, 0]
			]
		];
		const at = anchor({ type: 'MultiPolygon', coordinates: [square(0, 1), square(10, 6)] })!;
		expect(at.lngLat[0]).toBeGreaterThan(10);
		expect(
			anchor({
				type: 'LineString',
				coordinates: [
					[50, 45],
					[55, 46],
					[60, 47]
				]
			})
		).toEqual({ lngLat: [55, 46], marker: false });
	});
});
