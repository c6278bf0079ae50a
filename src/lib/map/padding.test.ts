import { describe, expect, it } from 'vitest';
import { clearOfPanels, MIN_FREE, type Padding, type Rect } from './padding';
import type { Bounds } from '$lib/geo/bounds';

// Measured on the built page (29 Nov 2026), relative to the map: at 1400 × 900 the map is 868 × 900.
const MAP_1400 = { width: 868, height: 900 };
const LEGEND_1400: Rect = { left: 9.6, top: 9.6, right: 283.6, bottom: 551.6 };
const DETAILS_1400: Rect = { left: 464.8, top: 9.6, right: 816.8, bottom: 628 };
const TIMELINE_1400: Rect = { left: 9.6, top: 803.4, right: 816.8, bottom: 864.8 };
// On a 390 × 844 phone the map is 390 × 439; the collapsed "Layers & legend" button sits top left.
const MAP_PHONE = { width: 390, height: 439 };
const BUTTON_PHONE: Rect = { left: 9.6, top: 9.6, right: 147.6, bottom: 42.6 };
// The phone's details sheet starts below the map.
const DETAILS_PHONE: Rect = { left: 0, top: 464.2, right: 390, bottom: 844 };

const KAZAKHSTAN: Bounds = [
	[46.4, 40.5],
	[87.4, 55.5]
];
// Akmola Region's extent in geodata/regions.geojson.
const AKMOLA: Bounds = [
	[65.43, 49.99],
	[74.27, 53.69]
];
const SHYMKENT: Bounds = [
	[69.6, 42.3],
	[69.6, 42.3]
];

/** The box the camera fits into under this padding. */
const free = (map: { width: number; height: number }, p: Padding): Rect => ({
	left: p.left,
	top: p.top,
	right: map.width - p.right,
	bottom: map.height - p.bottom
});
const overlaps = (a: Rect, b: Rect) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('clearOfPanels', () => {
	it('without panels keeps a margin, wider on the right where the zoom buttons are', () => {
		expect(clearOfPanels(868, 900, [], 24)).toEqual({ top: 24, bottom: 24, left: 24, right: 56 });
	});

	it('puts Kazakhstan to the right of the legend and above the timeline at 1400 px', () => {
		const p = clearOfPanels(MAP_1400.width, MAP_1400.height, [LEGEND_1400, TIMELINE_1400], 24, {
			bounds: KAZAKHSTAN,
			maxZoom: 11
		});
		expect(p.left).toBeCloseTo(283.6 + 24);
		expect(p.bottom).toBeCloseTo(900 - 803.4 + 24);
		for (const panel of [LEGEND_1400, TIMELINE_1400]) expect(overlaps(free(MAP_1400, p), panel)).toBe(false);
	});

	it('keeps a selected region clear of the details panel too, where both columns leave 134 px', () => {
		// Before: the details panel (46 % of the map's width) was dropped and Akmola landed under it.
		const panels = [LEGEND_1400, DETAILS_1400, TIMELINE_1400];
		const p = clearOfPanels(MAP_1400.width, MAP_1400.height, panels, 24, { bounds: AKMOLA, maxZoom: 8 });
		const box = free(MAP_1400, p);
		for (const panel of panels) expect(overlaps(box, panel), JSON.stringify({ box, panel })).toBe(false);
		// Below the legend and left of the details (417 × 204 px), not the 134 px strip between them.
		expect(box.right - box.left).toBeGreaterThan(300);
		expect(box.top).toBeCloseTo(551.6 + 24);
	});

	it('fits a wide view below a small corner button on a phone rather than beside it', () => {
		const p = clearOfPanels(MAP_PHONE.width, MAP_PHONE.height, [BUTTON_PHONE], 24, {
			bounds: KAZAKHSTAN,
			maxZoom: 11
		});
		// Beside it, Kazakhstan would get 163 px of width instead of 310.
		expect(p.left).toBe(24);
		expect(p.top).toBeCloseTo(42.6 + 24);
	});

	it('ignores a panel outside the map and one that would leave less than MIN_FREE px', () => {
		expect(clearOfPanels(MAP_PHONE.width, MAP_PHONE.height, [DETAILS_PHONE], 24)).toEqual({
			top: 24,
			bottom: 24,
			left: 24,
			right: 56
		});
		const sheet: Rect = { left: 0, top: 60, right: 390, bottom: 439 };
		const p = clearOfPanels(MAP_PHONE.width, MAP_PHONE.height, [sheet], 24);
		expect(MAP_PHONE.height - p.top - p.bottom).toBeGreaterThanOrEqual(MIN_FREE);
		expect(p).toEqual({ top: 24, bottom: 24, left: 24, right: 56 });
	});

	it('gives a point, which every choice shows at maxZoom, the most room around it', () => {
		const p = clearOfPanels(MAP_1400.width, MAP_1400.height, [LEGEND_1400, TIMELINE_1400], 24, {
			bounds: SHYMKENT,
			maxZoom: 8
		});
		// Beside the legend (504 × 755 px), not below it (788 × 204).
		expect(p.left).toBeCloseTo(283.6 + 24);
		expect(p.top).toBe(24);
	});

	it('without a target clears every panel with the largest free box (the export)', () => {
		const p = clearOfPanels(MAP_1400.width, MAP_1400.height, [LEGEND_1400, TIMELINE_1400], 0);
		expect(p).toEqual({ top: 0, left: 283.6, right: 32, bottom: 900 - 803.4 });
	});
});
