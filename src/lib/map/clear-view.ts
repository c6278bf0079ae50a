/**
 * A fitted camera checked against what floats over the map. The padding (`clearOfPanels`) keeps the
 * features' bounding box clear of one panel per side, but a box is not what the reader looks for:
 * at 1024 px paragraph 3's airlift began under the legend (its bounding box was cleared from the top,
 * the legend's column reaches below it), and on a phone paragraph 7's Syria sat under the scale bar,
 * which no padding knew of. So the anchors a reader must see (geo/anchors.ts) are projected at the
 * camera, and while any is outside the frame or under an obstacle the camera zooms out, a quarter
 * step at a time, about the centre of the free box, which pulls every point towards that centre
 * and out from under the panels around it. It stops at `minZoom`; what is still hidden there is
 * returned, for the page to say so rather than hide it silently.
 */
import { worldSize } from '$lib/geo/mercator';
import {
	constrain,
	fromMercator,
	project,
	toMercator,
	type Bounds,
	type Camera,
	type LngLat
} from '$lib/export/camera';
import type { Padding, Rect } from './padding';

/** A point this close to an obstacle or the frame's edge counts as under it: a dot has a radius. */
export const CLEAR_MARGIN = 6;
/** How far below the fitted zoom the camera may go to bring everything out: beyond it, say so. */
export const MAX_ZOOM_OUT = 1.5;
const STEP = 0.25;

export type ClearView = { camera: Camera; hidden: number[] };

/** Indexes of the anchors outside the frame or under an obstacle, at this camera. */
export function hiddenAt(
	camera: Camera,
	width: number,
	height: number,
	obstacles: readonly Rect[],
	anchors: readonly LngLat[],
	margin = CLEAR_MARGIN
): number[] {
	return anchors.flatMap((a, i) => {
		const [x, y] = project(camera, width, height, a);
		const out = x < margin || y < margin || x > width - margin || y > height - margin;
		const under = obstacles.some(
			(r) => x > r.left - margin && x < r.right + margin && y > r.top - margin && y < r.bottom + margin
		);
		return out || under ? [i] : [];
	});
}

export function clearView(opts: {
	camera: Camera;
	width: number;
	height: number;
	padding: Padding;
	obstacles: readonly Rect[];
	anchors: readonly LngLat[];
	/** The camera's own limits, as MapLibre will apply them: its bounds and its lowest zoom. */
	maxBounds?: Bounds;
	minZoom?: number;
}): ClearView {
	const { width, height, padding, obstacles, anchors, maxBounds } = opts;
	const floor = Math.max(opts.minZoom ?? 0, opts.camera.zoom - MAX_ZOOM_OUT);
	const fit = (c: Camera) => (maxBounds ? constrain(c, width, height, maxBounds) : c);
	const start = fit(opts.camera);
	let best: ClearView = { camera: start, hidden: hiddenAt(start, width, height, obstacles, anchors) };
	if (best.hidden.length === 0) return best;
	// The free box's centre, in px, and the place under it: it stays put while the camera zooms out.
	const fx = (padding.left + width - padding.right) / 2;
	const fy = (padding.top + height - padding.bottom) / 2;
	const [cx, cy] = toMercator(start.center);
	const world0 = worldSize(start.zoom);
	const gx = cx + (fx - width / 2) / world0;
	const gy = cy + (fy - height / 2) / world0;
	for (let zoom = start.zoom - STEP; zoom >= floor - 1e-9; zoom -= STEP) {
		const world = worldSize(zoom);
		const center: LngLat = fromMercator([gx - (fx - width / 2) / world, gy - (fy - height / 2) / world]);
		const camera = fit({ center, zoom });
		const hidden = hiddenAt(camera, width, height, obstacles, anchors);
		if (hidden.length < best.hidden.length) best = { camera, hidden };
		if (hidden.length === 0) break;
	}
	return best;
}
