import { describe, expect, it } from 'vitest';
import { PRESETS, targetFor, validateSize } from './presets';

const screen = { width: 868, height: 900 };

describe('targetFor', () => {
	it('gives print sizes in pixels at the chosen dpi, and the paper size in points', () => {
		expect(targetFor('a4-landscape-300', screen)).toMatchObject({
			width: 3508,
			height: 2480,
			page: { widthPt: 841.89, heightPt: 595.28, dpi: 300 }
		});
		expect(targetFor('a3-landscape-300', screen)).toMatchObject({ width: 4961, height: 3508 });
		expect(targetFor('a4-portrait-300', screen)).toMatchObject({ width: 2480, height: 3508 });
		expect(targetFor('a3-portrait-300', screen)).toMatchObject({ width: 3508, height: 4961 });
	});

	it('halves the pixels at 150 dpi', () => {
		expect(targetFor('a4-landscape-150', screen)).toMatchObject({ width: 1754, height: 1240 });
		expect(targetFor('a3-landscape-150', screen)).toMatchObject({ width: 2480, height: 1754 });
		expect(targetFor('a4-portrait-150', screen)).toMatchObject({ width: 1240, height: 1754 });
	});

	it('reproduces the screen at 1× and 2×', () => {
		expect(targetFor('screen-1x', screen)).toEqual({ width: 868, height: 900, pixelRatio: 1 });
		expect(targetFor('screen-2x', screen)).toEqual({ width: 1736, height: 1800, pixelRatio: 2 });
	});

	it('keeps the layout about 1280 CSS px wide so text stays readable at any size', () => {
		const slide = targetFor('slide-1080', screen);
		expect(slide).toMatchObject({ width: 1920, height: 1080, pixelRatio: 1.5 });
		const a4 = targetFor('a4-landscape-300', screen);
		expect(a4.width / a4.pixelRatio).toBeCloseTo(1280);
		// Small custom sizes are never drawn below 1×.
		expect(targetFor('custom', screen, { width: 800, height: 600 }).pixelRatio).toBe(1);
	});

	it('has a target for every preset', () => {
		for (const p of PRESETS) {
			const t = targetFor(p.id, screen, { width: 1000, height: 700 });
			expect(t.width).toBeGreaterThan(0);
			expect(t.pixelRatio).toBeGreaterThanOrEqual(1);
		}
	});
});

describe('validateSize', () => {
	it('accepts sane sizes and names the limit it refuses', () => {
		expect(validateSize(1920, 1080)).toBeNull();
		expect(validateSize(100, 1080)).toMatch(/at least 200/);
		expect(validateSize(20000, 1000)).toMatch(/16384/);
		expect(validateSize(Number.NaN, 1000)).not.toBeNull();
	});
});
