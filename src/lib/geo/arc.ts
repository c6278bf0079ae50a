// The airlift routes as gentle curves: a straight chord would hide under the roads, borders and
// pipelines it crosses, and routes from one base would lie on top of each other. Drawn as a plain
// path (deck.gl PathLayer), so the map needs no ArcLayer and no extra shader program.

export type LngLat = [number, number];

/**
 * A quadratic Bézier from `from` to `to` whose middle is pushed `bend` × the chord's length to the
 * left of the direction of travel, in `segments` straight pieces (segments + 1 points). Computed
 * in longitude/latitude: at Kazakhstan's scale the distortion of a curve drawn this way is invisible.
 */
export function arcPath(from: LngLat, to: LngLat, segments = 24, bend = 0.12): LngLat[] {
	const [x0, y0] = from;
	const [x2, y2] = to;
	const dx = x2 - x0;
	const dy = y2 - y0;
	// Left normal of the chord (dx, dy) is (-dy, dx); the curve's middle lies half-way to the control point.
	const cx = (x0 + x2) / 2 - dy * bend * 2;
	const cy = (y0 + y2) / 2 + dx * bend * 2;
	const out: LngLat[] = [];
	for (let i = 0; i <= segments; i++) {
		const t = i / segments;
		const a = (1 - t) * (1 - t);
		const b = 2 * (1 - t) * t;
		const c = t * t;
		out.push([a * x0 + b * cx + c * x2, a * y0 + b * cy + c * y2]);
	}
	// The ends exactly as given, not as (1 - 1)² · x0 + … rounded them.
	out[0] = [x0, y0];
	out[segments] = [x2, y2];
	return out;
}
