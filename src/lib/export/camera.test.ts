import { describe, expect, it } from 'vitest';
import { fromMercator, toMercator } from './camera';

describe('Web Mercator (math.gl), as MapLibre’s MercatorCoordinate', () => {
	it('puts the equator and the meridian in the middle and the cut-off latitude at the top edge', () => {
		expect(toMercator([0, 0])).toEqual([0.5, 0.5]);
		const [x, y] = toMercator([-180, 85.0511287798066]);
		expect(x).toBeCloseTo(0, 12);
		expect(y).toBeCloseTo(0, 9);
		// y grows southwards: Almaty is below Astana.
		expect(toMercator([76.9, 43.2])[1]).toBeGreaterThan(toMercator([71.4, 51.2])[1]);
	});

	it('round-trips Kazakhstan’s corners to a millionth of a degree', () => {
		for (const p of [
			[46.4, 40.5],
			[87.4, 55.5],
			[71.45, 51.17]
		] as [number, number][]) {
			const back = fromMercator(toMercator(p));
			expect(back[0]).toBeCloseTo(p[0], 6);
			expect(back[1]).toBeCloseTo(p[1], 6);
		}
	});
});
