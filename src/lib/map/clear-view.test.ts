import { describe, expect, it } from 'vitest';
import { fitBounds, project, type LngLat } from '$lib/export/camera';
import { clearView, hiddenAt, MAX_ZOOM_OUT } from './clear-view';
import type { Padding, Rect } from './padding';

const W = 636;
const H = 768;
const pad: Padding = { left: 24, right: 56, top: 24, bottom: 24 };
// A legend column down the left (as at 1024 px), the timeline along the bottom.
const legend: Rect = { left: 10, top: 10, right: 285, bottom: 470 };
const timeline: Rect = { left: 10, top: 660, right: 590, bottom: 740 };
// Paragraph 3: the airlift from Chkalovsky (Moscow) to Almaty, and Almaty's sites.
const anchors: LngLat[] = [
	[38.1, 55.9],
	[57.5, 52.6],
	[77.04, 43.35],
	[76.95, 43.25]
];

describe('clearView', () => {
	it('leaves a camera alone when every anchor is already clear', () => {
		const camera = { center: [57.5, 49.5] as LngLat, zoom: 3 };
		const r = clearView({ camera, width: W, height: H, padding: pad, obstacles: [], anchors });
		expect(r).toEqual({ camera, hidden: [] });
	});

	it('zooms out about the free box until an anchor under the legend comes out, by less than the limit', () => {
		// The box fitted with the legend cleared from the top: Moscow ends up beside it, under its column.
		const camera = fitBounds(
			[
				[38.1, 43.25],
				[77.04, 55.9]
			],
			W - 24 - 56,
			H - 494 - 104
		);
		const p = { left: 24, right: 56, top: 494, bottom: 104 };
		const centred = { ...camera, center: camera.center };
		const before = hiddenAt(centred, W, H, [legend, timeline], anchors);
		expect(before.length).toBeGreaterThan(0);
		const r = clearView({
			camera: centred,
			width: W,
			height: H,
			padding: p,
			obstacles: [legend, timeline],
			anchors
		});
		expect(r.hidden).toEqual([]);
		expect(r.camera.zoom).toBeLessThan(centred.zoom);
		expect(r.camera.zoom).toBeGreaterThanOrEqual(centred.zoom - MAX_ZOOM_OUT);
		for (const a of anchors) {
			const [x, y] = project(r.camera, W, H, a);
			expect(x).toBeGreaterThan(0);
			expect(y).toBeLessThan(H);
		}
	});

	it('says what it could not bring out within the limit, rather than zooming out to the world', () => {
		// An obstacle over the whole free box but its centre's surroundings: nothing can come out.
		const wall: Rect = { left: 0, top: 0, right: W, bottom: H };
		const camera = { center: [66, 48] as LngLat, zoom: 4 };
		const r = clearView({ camera, width: W, height: H, padding: pad, obstacles: [wall], anchors });
		expect(r.hidden).toEqual([0, 1, 2, 3]);
		expect(r.camera).toEqual(camera);
	});

	it('never goes below the map\u2019s own lowest zoom', () => {
		const camera = { center: [66, 48] as LngLat, zoom: 2.2 };
		const far: LngLat[] = [[-120, 40]];
		const r = clearView({
			camera,
			width: W,
			height: H,
			padding: pad,
			obstacles: [],
			anchors: far,
			minZoom: 2
		});
		expect(r.camera.zoom).toBeGreaterThanOrEqual(2);
		expect(r.hidden).toEqual([0]);
	});
});
