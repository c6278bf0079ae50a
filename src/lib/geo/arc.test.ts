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
	});

	it('is drawn as a smooth curve: no visible corner between its straight pieces', () => {
		const path = arcPath(from, to);
		const heading = (a: number[], b: number[]) => Math.atan2(b[1]! - a[1]!, b[0]! - a[0]!);
		for (let i = 2; i < path.length; i++) {
			const turn = Math.abs(heading(path[i - 1]!, path[i]!) - heading(path[i - 2]!, path[i - 1]!));
			expect((turn * 180) / Math.PI, `turn at point ${i - 1}`).toBeLessThan(5);
		}
	});

	it('bows the flight out and the flight back on opposite sides, so they do not hide each other', () => {
		const middle = (path: [number, number][]) => path[Math.floor(path.length / 2)]!;
		const out = middle(arcPath(from, to));
		const back = middle(arcPath(to, from));
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
