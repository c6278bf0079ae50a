import { describe, expect, it } from 'vitest';
import { metersPerPixel, scaleBar } from './scale';

describe('metersPerPixel', () => {
	it('is the equator circumference over 512 px at zoom 0', () => {
		expect(metersPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
	});
	it('halves per zoom level and shrinks with cos(latitude)', () => {
		expect(metersPerPixel(0, 5)).toBeCloseTo(78271.517 / 32, 3);
		expect(metersPerPixel(60, 0)).toBeCloseTo(78271.517 / 2, 2);
	});
});

describe('scaleBar', () => {
	it('picks the longest 1-2-5 distance that fits', () => {
		expect(scaleBar(1000, 100)).toEqual({ meters: 100_000, pixels: 100, label: '100 km' });
		expect(scaleBar(1000, 260)).toEqual({ meters: 200_000, pixels: 200, label: '200 km' });
		expect(scaleBar(3000, 160)).toMatchObject({ meters: 200_000, label: '200 km' });
		expect(scaleBar(1, 160)).toMatchObject({ meters: 100, label: '100 m' });
	});
	it('never exceeds the room given', () => {
		for (const mpp of [17, 333, 1234, 4567, 9999]) expect(scaleBar(mpp, 150).pixels).toBeLessThanOrEqual(150);
	});
	it('rejects nonsense', () => {
		expect(() => scaleBar(0, 100)).toThrow();
	});
});
