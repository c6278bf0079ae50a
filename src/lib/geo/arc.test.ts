import { describe, expect, it } from 'vitest';
import { arcPath } from './arc';

describe('arcPath', () => {
	// csto-airlift-chkalovsky-almaty in geodata/csto.geojson.
	const from: [number, number] = [38.06167, 55.87833];
	const to: [number, number] = [77.04472, 43.35528];

	it('starts and ends exactly at the two places', () => {
		const path = arcPath(from, to);
		expect(path[0]).toEqual(from);
		expect(path.at(-1)).toEqual(to);
		expect(path).toHaveLength(25);
	});

	it('bows the flight out and the flight back on opposite sides, so they do not hide each other', () => {
		const out = arcPath(from, to)[12]!;
		const back = arcPath(to, from)[12]!;
		const mid = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
		const side = (p: [number, number]) =>
			Math.sign((to[0] - from[0]) * (p[1] - from[1]) - (to[1] - from[1]) * (p[0] - from[0]));
		expect(side(out)).toBe(1);
		expect(side(back)).toBe(-1);
		expect(Math.hypot(out[0] - mid[0]!, out[1] - mid[1]!)).toBeGreaterThan(1);
	});

	it('bows to the left of the direction of travel by bend × the chord at its middle', () => {
		const path = arcPath([0, 0], [10, 0], 2, 0.1);
		// Heading east, left is north: the middle point sits 1 (= 0.1 × 10) above the chord.
		expect(path[1]![0]).toBeCloseTo(5);
		expect(path[1]![1]).toBeCloseTo(1);
		const back = arcPath([10, 0], [0, 0], 2, 0.1);
		expect(back[1]![1]).toBeCloseTo(-1);
	});

	it('is a straight line with no bend', () => {
		for (const [x, y] of arcPath(from, to, 8, 0)) {
			const t = (x - from[0]) / (to[0] - from[0]);
			expect(y).toBeCloseTo(from[1] + t * (to[1] - from[1]), 9);
		}
	});
});
