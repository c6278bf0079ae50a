/**
 * Web Mercator camera maths for the export: the same bounds fitted into a box of another size, and the
 * centre of each tile of a tiled render. Done here rather than with the offscreen map's own
 * `cameraForBounds` because a tiled render never has a map as large as the whole image.
 */
import { fromMercator, TILE_SIZE, toMercator, worldSize, type LngLat } from '$lib/geo/mercator';

// The projection is geo/mercator.ts's (the app's one Web Mercator); these are re-exported for the
// camera code that already takes them from here.
export { fromMercator, toMercator, type LngLat };
export type Bounds = [LngLat, LngLat];
export type Camera = { center: LngLat; zoom: number };

/** The largest zoom at which `bounds` fits a `width` × `height` CSS px box, centred on the bounds. */
export function fitBounds(bounds: Bounds, width: number, height: number): Camera {
	const [x0, y1] = toMercator(bounds[0]);
	const [x1, y0] = toMercator(bounds[1]);
	const scale = Math.min(width / ((x1 - x0) * TILE_SIZE), height / ((y1 - y0) * TILE_SIZE));
	return { zoom: Math.log2(scale), center: fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]) };
}

/**
 * `fitBounds` into the box a padding leaves, centred in that box, at most `maxZoom`: what MapLibre's
 * `fitBounds(bounds, { padding, maxZoom })` does, as a pure function. MapLibre's own fit works from
 * the camera it starts at, and its last bits differ with that camera; the live map's first view
 * (MapView) must not depend on which camera it was fitted from.
 */
export function fitBoundsPadded(
	bounds: Bounds,
	width: number,
	height: number,
	padding: { top: number; bottom: number; left: number; right: number },
	maxZoom = Infinity
): Camera {
	const inner = fitBounds(
		bounds,
		width - padding.left - padding.right,
		height - padding.top - padding.bottom
	);
	const zoom = Math.min(maxZoom, inner.zoom);
	const world = worldSize(zoom);
	const [cx, cy] = toMercator(inner.center);
	// The bounds' middle at the padded box's middle, which is (right − left) / 2 px off the map's centre.
	const x = cx + (padding.right - padding.left) / 2 / world;
	const y = cy + (padding.bottom - padding.top) / 2 / world;
	return { zoom, center: fromMercator([x, y]) };
}

/**
 * Keeps the view inside `max` (the basemap's extent), as the live map's `maxBounds` does: a view with
 * another aspect ratio than the screen would otherwise reach past the basemap (paper there, see style.ts).
 * Only slides the centre, never zooms: the live map's bounds must stay whole in the image. A view
 * larger than `max` on an axis is centred on it there (the margin beyond the edge is unavoidable).
 */
export function constrain(camera: Camera, width: number, height: number, max: Bounds): Camera {
	const [mx0, my1] = toMercator(max[0]);
	const [mx1, my0] = toMercator(max[1]);
	const world = worldSize(camera.zoom);
	const [cx, cy] = toMercator(camera.center);
	const fit = (c: number, half: number, lo: number, hi: number) =>
		hi - lo <= 2 * half ? (lo + hi) / 2 : Math.min(Math.max(c, lo + half), hi - half);
	const x = fit(cx, width / 2 / world, mx0, mx1);
	const y = fit(cy, height / 2 / world, my0, my1);
	return { zoom: camera.zoom, center: fromMercator([x, y]) };
}

/**
 * The export's camera: `bounds` (what the reader sees) fitted to the map box, then held inside `max`
 * as the live map is. The render and the dialog's preview both use it, so they frame alike.
 */
export function exportCamera(bounds: Bounds, width: number, height: number, max?: Bounds): Camera {
	const fitted = fitBounds(bounds, width, height);
	return max ? constrain(fitted, width, height, max) : fitted;
}

/** Where a point lands, in CSS px from the top-left of a `width` × `height` view with this camera. */
export function project(camera: Camera, width: number, height: number, point: LngLat): [number, number] {
	return projector(camera, width, height)(point);
}

/**
 * `project` for many points (the SVG export's map body): the camera's centre and scale computed
 * once, each point then costs one Mercator conversion.
 */
export function projector(
	camera: Camera,
	width: number,
	height: number
): (point: LngLat) => [number, number] {
	const world = worldSize(camera.zoom);
	const [cx, cy] = toMercator(camera.center);
	return (point) => {
		const [px, py] = toMercator(point);
		return [(px - cx) * world + width / 2, (py - cy) * world + height / 2];
	};
}

/** The centre of the sub-rectangle (x, y, w, h in CSS px) of a full view, at the same zoom. */
export function subCamera(camera: Camera, fullW: number, fullH: number, rect: Rect): Camera {
	const world = worldSize(camera.zoom);
	const [cx, cy] = toMercator(camera.center);
	const dx = (rect.x + rect.w / 2 - fullW / 2) / world;
	const dy = (rect.y + rect.h / 2 - fullH / 2) / world;
	return { zoom: camera.zoom, center: fromMercator([cx + dx, cy + dy]) };
}

export type Rect = { x: number; y: number; w: number; h: number };
