import { describe, expect, it } from 'vitest';
import { fitBoundsPadded, fromMercator, project, toMercator, type Bounds } from './camera';

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

describe('fitBoundsPadded', () => {
	const kz: Bounds = [
		[46.4, 40.5],
		[87.4, 55.5]
	];
	const corners = (b: Bounds): [number, number][] => [b[0], b[1], [b[0][0], b[1][1]], [b[1][0], b[0][1]]];

	it('puts the bounds inside the padded box, touching it on one axis and centred on the other', () => {
		const padding = { top: 24, bottom: 24, left: 290, right: 56 };
		const cam = fitBoundsPadded(kz, 1000, 800, padding);
		const pts = corners(kz).map((p) => project(cam, 1000, 800, p));
		const xs = pts.map((p) => p[0]);
		const ys = pts.map((p) => p[1]);
		const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
		// Wide bounds in a 654 × 752 box: the width fills it, the height is centred.
		expect(x0).toBeCloseTo(padding.left, 6);
		expect(1000 - x1).toBeCloseTo(padding.right, 6);
		expect(y0).toBeGreaterThan(padding.top);
		expect(y0 - padding.top).toBeCloseTo(800 - padding.bottom - y1, 6);
	});

	it('stops at maxZoom, the bounds still centred in the padded box', () => {
		const padding = { top: 100, bottom: 20, left: 20, right: 20 };
		const point: Bounds = [
			[71.4, 51.2],
			[71.4, 51.2]
		];
		const cam = fitBoundsPadded(point, 600, 400, padding, 11);
		expect(cam.zoom).toBe(11);
		const [x, y] = project(cam, 600, 400, point[0]);
		expect(x).toBeCloseTo(300, 6);
		expect(y).toBeCloseTo(100 + (400 - 120) / 2, 6);
	});
});
