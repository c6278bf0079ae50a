/**
 * Tile plan for a map image larger than the browser's largest WebGL drawing buffer. MapLibre clamps
 * its canvas to `maxCanvasSize` silently; rather than return a smaller image, the map is drawn in
 * tiles of at most `maxDevice` device px a side and stitched on the 2D canvas.
 */
import type { Rect } from './camera';

export type Tile = {
	/** Position and size in CSS px within the full map view (what the offscreen map is sized to). */
	css: Rect;
	/** Where its pixels go in the full map image, in device px (edges rounded the same way for neighbours). */
	device: Rect;
};

/**
 * Splits a `cssW` × `cssH` view drawn at `pixelRatio` into equal tiles whose device size stays within
 * `maxDevice`. Tile edges are whole CSS pixels so MapLibre sizes each canvas without rounding drift;
 * device edges are rounded from the CSS edges, so neighbouring tiles share an edge with no gap.
 */
export function planTiles(cssW: number, cssH: number, pixelRatio: number, maxDevice: number): Tile[] {
	if (!(cssW > 0 && cssH > 0 && pixelRatio > 0 && maxDevice > 0)) throw new Error('planTiles: bad sizes');
	// Whole CSS pixels per tile, and one spare device pixel per side for MapLibre's floor().
	const maxCss = Math.floor((maxDevice - 1) / pixelRatio);
	if (maxCss < 1) throw new Error('planTiles: pixel ratio too large for the canvas limit');
	const cols = Math.ceil(cssW / maxCss);
	const rows = Math.ceil(cssH / maxCss);
	const xs = edges(cssW, cols);
	const ys = edges(cssH, rows);
	const tiles: Tile[] = [];
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const css = { x: xs[c]!, y: ys[r]!, w: xs[c + 1]! - xs[c]!, h: ys[r + 1]! - ys[r]! };
			const dx0 = Math.round(css.x * pixelRatio);
			const dy0 = Math.round(css.y * pixelRatio);
			const dx1 = Math.round((css.x + css.w) * pixelRatio);
			const dy1 = Math.round((css.y + css.h) * pixelRatio);
			tiles.push({ css, device: { x: dx0, y: dy0, w: dx1 - dx0, h: dy1 - dy0 } });
		}
	return tiles;
}

/** n + 1 whole-number edges from 0 to `size`, as even as integers allow. */
function edges(size: number, n: number): number[] {
	return Array.from({ length: n + 1 }, (_, i) => (i === n ? size : Math.round((size * i) / n)));
}
