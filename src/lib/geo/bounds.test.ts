import { describe, expect, it } from 'vitest';
import { boundsOf, unionBounds } from './bounds';

describe('boundsOf', () => {
	it('widens a single point to the minimum span, centred on it', () => {
		expect(boundsOf([{ type: 'Point', coordinates: [76.9, 43.3] }])).toEqual([
			[76.15, 42.55],
			[77.65, 44.05]
		]);
	});
	it('keeps a box larger than the minimum as Turf computes it', () => {
		expect(
			boundsOf([
				{ type: 'Point', coordinates: [44, 42] },
				{
					type: 'LineString',
					coordinates: [
						[34, 45],
						[38, 44]
					]
				}
			])
		).toEqual([
			[34, 42],
			[44, 45]
		]);
	});
	it('gives null for nothing to fit', () => {
		expect(boundsOf([])).toBeNull();
	});
	it('clamps to the Mercator range', () => {
		expect(boundsOf([{ type: 'Point', coordinates: [179.9, 84.9] }])![1]).toEqual([180, 85]);
	});
});

describe('unionBounds', () => {
	it('holds both boxes, and passes one through when the other is null', () => {
		const a: [[number, number], [number, number]] = [
			[0, 0],
			[1, 1]
		];
		const b: [[number, number], [number, number]] = [
			[2, -1],
			[3, 0.5]
		];
		expect(unionBounds(a, b)).toEqual([
			[0, -1],
			[3, 1]
		]);
		expect(unionBounds(null, b)).toBe(b);
	});
});
