import { describe, expect, it } from 'vitest';
import { dotLengthPx, dotPath, DOT_HALF_SPAN } from './dot';

describe('dotPath', () => {
	it('is a segment centred on the position, whose ends stay distinct in float32', () => {
		for (const [lng, lat] of [
			[46.5, 40.5],
			[69.6, 42.3],
			[87.3, 55.4],
			[106, 62]
		] as const) {
			const [a, b] = dotPath([lng, lat]);
			expect(((a![0] + b![0]) / 2).toFixed(9)).toBe(lng.toFixed(9));
			expect(a![1]).toBe(lat);
			expect(b![1]).toBe(lat);
			// The GPU sees float32: if both ends rounded to the same value, the dot would vanish.
			expect(Math.fround(a![0])).not.toBe(Math.fround(b![0]));
			expect(Math.fround(a![0] + 180)).not.toBe(Math.fround(b![0] + 180));
		}
	});

	it('keeps a dot round: its segment is under half a pixel even at the map’s highest zoom', () => {
		expect(dotLengthPx(11)).toBeLessThan(0.5);
		expect(dotLengthPx(2)).toBeGreaterThan(0);
		expect(DOT_HALF_SPAN).toBeGreaterThan(0);
	});
});
