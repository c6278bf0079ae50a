import { bbox } from '@turf/bbox';
import type { Geometry } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/**
 * The box to fit the camera to: Turf's bbox over the given geometries, widened to at least
 * `minSpan` degrees so a single point (or two close ones) is shown with its surroundings instead of
 * at maximum zoom. Null when there is nothing to fit.
 *
 * @example boundsOf([{ type: 'Point', coordinates: [76.9, 43.3] }]) // [[76.15, 42.55], [77.65, 44.05]]
 */
export function boundsOf(geometries: readonly Geometry[], minSpan = 1.5): Bounds | null {
	if (geometries.length === 0) return null;
	const [w, s, e, n] = bbox({ type: 'GeometryCollection', geometries: [...geometries] });
	if (![w, s, e, n].every(Number.isFinite)) return null;
	const grow = (lo: number, hi: number): [number, number] => {
		const pad = Math.max(0, minSpan - (hi - lo)) / 2;
		return [lo - pad, hi + pad];
	};
	const [x0, x1] = grow(w, e);
	const [y0, y1] = grow(s, n);
	return [
		[Math.max(-180, x0), Math.max(-85, y0)],
		[Math.min(180, x1), Math.min(85, y1)]
	];
}

/** The smallest box holding both (either may be null). */
export function unionBounds(a: Bounds | null, b: Bounds | null): Bounds | null {
	if (!a || !b) return a ?? b;
	return [
		[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
		[Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]
	];
}
