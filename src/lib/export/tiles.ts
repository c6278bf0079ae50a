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

export type Padding = { top: number; bottom: number; left: number; right: number };

/**
 * Padding that puts the full view's centre (its perspective centre) where it lies relative to this
 * tile. Every tile then keeps the whole view's centre and perspective, so things drawn above the
 * ground (deck.gl arcs have a height) line up across tile seams; moving each tile's own centre would
 * shift them by the parallax. MapLibre clamps the perspective centre to the canvas, so this only
 * works while the full centre is on the tile or its edge (at most 2 tiles per axis): null otherwise.
 */
export function tilePadding(tile: Rect, fullW: number, fullH: number): Padding | null {
	const px = fullW / 2 - tile.x;
	const py = fullH / 2 - tile.y;
	// Half a CSS pixel of slack: an odd size splits into halves that differ by one pixel.
	if (px < -0.5 || px > tile.w + 0.5 || py < -0.5 || py > tile.h + 0.5) return null;
	const dx = 2 * px - tile.w;
	const dy = 2 * py - tile.h;
	return { left: Math.max(0, dx), right: Math.max(0, -dx), top: Math.max(0, dy), bottom: Math.max(0, -dy) };
}
