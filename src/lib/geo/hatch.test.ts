import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { hatch } from './hatch';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		]
	]
};

describe('hatch', () => {
	it('cuts the diagonals of a square at its edges', () => {
		expect(hatch(square, 1)).toEqual([
			[
				[0, 1],
				[1, 2]
			],
			[
				[0, 0],
				[2, 2]
			],
			[
				[1, 0],
				[2, 1]
			]
		]);
	});

	it('leaves a hole clear and keeps every segment inside the polygon', () => {
		const donut: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 10],
					[0, 0]
				],
				[
					[3, 3],
					[3, 7],
					[7, 7],
					[7, 3],
					[3, 3]
				]
			]
		};
		const lines = hatch(donut, 0.7);
		expect(lines.length).toBeGreaterThan(20);
		for (const [a, b] of lines) {
			const mid = [(a![0]! + b![0]!) / 2, (a![1]! + b![1]!) / 2];
			expect(booleanPointInPolygon(mid, donut), `midpoint ${mid} of ${a}–${b}`).toBe(true);
		}
	});

	it('hatches each part of a MultiPolygon and rejects a spacing that would never end', () => {
		const two = hatch(
			{
				type: 'MultiPolygon',
				coordinates: [
					square.coordinates,
					[
						[
							[5, 0],
							[7, 0],
							[7, 2],
							[5, 2],
							[5, 0]
						]
					]
				]
			},
			1
		);
		expect(two).toHaveLength(6);
		expect(() => hatch(square, 0)).toThrow(/spacing/);
		expect(() => hatch(square, Number.NaN)).toThrow(/spacing/);
	});
});
