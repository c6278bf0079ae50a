import { describe, expect, it } from 'vitest';
import { planTiles, tilePadding } from './tiles';
import { constrain, fitBounds, project, subCamera } from './camera';

describe('planTiles', () => {
	it('is one tile when the canvas fits', () => {
		expect(planTiles(1200, 800, 2, 8192)).toEqual([
			{ css: { x: 0, y: 0, w: 1200, h: 800 }, device: { x: 0, y: 0, w: 2400, h: 1600 } }
		]);
	});

	it('splits into tiles within the limit that cover the image exactly once', () => {
		const tiles = planTiles(1500, 1200, 3.5, 4096);
		expect(tiles).toHaveLength(4);
		let area = 0;
		for (const t of tiles) {
			expect(t.device.w).toBeLessThanOrEqual(4096);
			expect(t.device.h).toBeLessThanOrEqual(4096);
			expect(Number.isInteger(t.css.w) && Number.isInteger(t.css.x)).toBe(true);
			area += t.device.w * t.device.h;
		}
		expect(area).toBe(Math.round(1500 * 3.5) * Math.round(1200 * 3.5));
		// Neighbours share edges: no gap, no overlap.
		const [a, b, c] = tiles;
		expect(a!.device.x + a!.device.w).toBe(b!.device.x);
		expect(a!.device.y + a!.device.h).toBe(c!.device.y);
	});

	it('refuses a limit smaller than one CSS pixel', () => {
		expect(() => planTiles(100, 100, 10, 5)).toThrow();
	});
});

describe('tile cameras', () => {
	it('puts a point where the whole view would have it', () => {
		const bounds: [[number, number], [number, number]] = [
			[46.4, 40.5],
			[87.4, 55.5]
		];
		const cam = fitBounds(bounds, 1500, 1200);
		const point: [number, number] = [71.43, 51.13]; // Astana
		const [fx, fy] = project(cam, 1500, 1200, point);
		for (const t of planTiles(1500, 1200, 3.5, 4096)) {
			const [x, y] = project(subCamera(cam, 1500, 1200, t.css), t.css.w, t.css.h, point);
			expect(x + t.css.x).toBeCloseTo(fx, 6);
			expect(y + t.css.y).toBeCloseTo(fy, 6);
		}
	});

	it('fits the bounds: both corners inside the view, one axis touching its edges', () => {
		const cam = fitBounds(
			[
				[46.4, 40.5],
				[87.4, 55.5]
			],
			1200,
			900
		);
		const [x0, y1] = project(cam, 1200, 900, [46.4, 40.5]);
		const [x1, y0] = project(cam, 1200, 900, [87.4, 55.5]);
		expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-1e-6);
		expect(Math.max(x1 - 1200, y1 - 900)).toBeLessThanOrEqual(1e-6);
		expect(Math.abs(x0) < 1e-6 || Math.abs(y0) < 1e-6).toBe(true);
	});
});

describe('constrain', () => {
	const max: [[number, number], [number, number]] = [
		[22, 22],
		[106, 62]
	];
	it('slides a view that pokes out of the basemap back inside, at the same zoom', () => {
		const cam = { center: [67, 55] as [number, number], zoom: 4 };
		const c = constrain(cam, 1200, 1000, max);
		expect(c.zoom).toBe(4);
		const [, top] = project(c, 1200, 1000, [67, 62]);
		expect(top).toBeCloseTo(0, 6);
	});
	it('never zooms: a view larger than the basemap is centred on it; a view inside is left alone', () => {
		const wide = constrain({ center: [30, 30], zoom: 1 }, 1200, 900, max);
		expect(wide.zoom).toBe(1);
		expect(wide.center[0]).toBeCloseTo(64, 9);
		const inside = { center: [67, 48] as [number, number], zoom: 5 };
		const same = constrain(inside, 1200, 900, max);
		expect(same.zoom).toBe(5);
		expect(same.center[0]).toBeCloseTo(67, 9);
		expect(same.center[1]).toBeCloseTo(48, 9);
	});
});

describe('tilePadding', () => {
	it("keeps the whole view's centre as every tile's perspective centre", () => {
		const [a, b] = planTiles(940, 600, 9.375, 8192);
		expect(tilePadding(a!.css, 940, 600)).toEqual({ left: 470, right: 0, top: 0, bottom: 0 });
		expect(tilePadding(b!.css, 940, 600)).toEqual({ left: 0, right: 470, top: 0, bottom: 0 });
		expect(tilePadding({ x: 0, y: 0, w: 940, h: 600 }, 940, 600)).toEqual({
			left: 0,
			right: 0,
			top: 0,
			bottom: 0
		});
	});
	it('is null when the centre is off the tile (3+ tiles an axis): MapLibre would clamp it', () => {
		const tiles = planTiles(1500, 500, 8, 4096);
		expect(tiles).toHaveLength(3);
		expect(tilePadding(tiles[0]!.css, 1500, 500)).toBeNull();
		expect(tilePadding(tiles[1]!.css, 1500, 500)).not.toBeNull();
	});
});
