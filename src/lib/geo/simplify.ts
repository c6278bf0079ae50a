import type { Feature, Position } from 'geojson';

/**
 * Lines for the zoom they are drawn at: Douglas–Peucker with a tolerance in screen pixels.
 *
 * Why: deck.gl's PathLayer pays per vertex on every frame, and where WebGL runs in software
 * (SwiftShader: no GPU, locked-down office VMs) that price is high. Measured in Chromium on the
 * region borders: about 45 ms a frame per 1,000 vertices, so the 2,840 border vertices cost 130 ms
 * of each frame while the whole country fits in 900 pixels and most of them fall within one pixel.
 *
 * Distances are measured in Web Mercator (the map's projection), in degrees of longitude, so a
 * tolerance means the same number of pixels at every latitude.
 */

/** Web Mercator y in the units of longitude degrees: x and y then share one scale on screen. */
function mercatorY(lat: number): number {
	const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
	return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

/** Degrees of longitude per screen pixel at a zoom level (MapLibre: 512-pixel tiles). */
export function degreesPerPixel(zoom: number): number {
	return 360 / (512 * 2 ** zoom);
}

/**
 * The line with only the vertices that move it by more than `tolerance` (degrees of longitude,
 * measured in Web Mercator). Endpoints stay, so lines that meet at a junction still meet. A closed
 * line (first position = last) stays closed and keeps at least three distinct vertices, so a small
 * island stays a (small) ring instead of collapsing into a stroke.
 */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
	if (!(tolerance >= 0)) throw new RangeError(`simplifyLine: tolerance ${tolerance} is not ≥ 0`);
	const n = line.length;
	if (n <= 2 || tolerance === 0) return line.slice();
	const xs = line.map((p) => p[0]!);
	const ys = line.map((p) => mercatorY(p[1]!));
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	const closed = xs[0] === xs[n - 1] && ys[0] === ys[n - 1];
	const t2 = tolerance * tolerance;

	/** Squared distance from vertex i to the segment a–b. */
	const dist2 = (i: number, a: number, b: number) => {
		const dx = xs[b]! - xs[a]!;
		const dy = ys[b]! - ys[a]!;
		const len2 = dx * dx + dy * dy;
		let t = len2 === 0 ? 0 : ((xs[i]! - xs[a]!) * dx + (ys[i]! - ys[a]!) * dy) / len2;
		t = Math.max(0, Math.min(1, t));
		const ex = xs[a]! + t * dx - xs[i]!;
		const ey = ys[a]! + t * dy - ys[i]!;
		return ex * ex + ey * ey;
	};
	// The farthest vertex strictly between a and b, and its squared distance.
	const farthest = (a: number, b: number): [number, number] => {
		let best = -1;
		let max = -1;
		for (let i = a + 1; i < b; i++) {
			const d = dist2(i, a, b);
			if (d > max) [best, max] = [i, d];
		}
		return [best, max];
	};

	// An explicit stack, not recursion: a long coastline must not overflow the call stack.
	const stack: [number, number][] = [];
	if (closed) {
		// A ring's endpoints coincide, so the first split is at the vertex farthest from them; it and
		// the farthest vertex from that chord always stay, so the ring keeps three corners.
		const [mid] = farthest(0, n - 1);
		keep[mid] = 1;
		const [left, dl] = farthest(0, mid);
		const [right, dr] = farthest(mid, n - 1);
		const third = dl >= dr ? left : right;
		if (third > 0) keep[third] = 1;
		const splits = [0, mid, third, n - 1].filter((i) => i >= 0).sort((a, b) => a - b);
		for (let k = 1; k < splits.length; k++)
			if (splits[k]! > splits[k - 1]!) stack.push([splits[k - 1]!, splits[k]!]);
	} else {
		stack.push([0, n - 1]);
	}
	while (stack.length) {
		const [a, b] = stack.pop()!;
		if (b - a < 2) continue;
		const [i, d] = farthest(a, b);
		if (d > t2) {
			keep[i] = 1;
			stack.push([a, i], [i, b]);
		}
	}
	const out: Position[] = [];
	for (let i = 0; i < n; i++) if (keep[i]) out.push(line[i]!);
	return out;
}

/**
 * The zooms where the drawn detail changes. The initial view of Kazakhstan is at zoom 2.4 (phone) to
 * 3.8 (1920 px wide), the maximum 11; the region files are already simplified for print (about
 * 0.01°), so beyond zoom 4.5 half a pixel keeps nearly every vertex and the full lines are drawn.
 */
export const DETAIL_ZOOMS = [3.5, 4, 4.5] as const;
/** The level with every vertex: above the last of DETAIL_ZOOMS, and for image exports. */
export const FULL_DETAIL = DETAIL_ZOOMS.length;
/** Half a pixel: what a line may move by at the highest zoom of its level. */
const TOLERANCE_PX = 0.5;
/** Per level, index = level: half a pixel at the level's highest zoom, in degrees; 0 for full detail. */
const LEVEL_TOLERANCES = [...DETAIL_ZOOMS.map((z) => TOLERANCE_PX * degreesPerPixel(z)), 0];

/** The detail level for a zoom: 0 … FULL_DETAIL. */
export function detailLevel(zoom: number): number {
	const i = DETAIL_ZOOMS.findIndex((z) => zoom < z);
	return i === -1 ? FULL_DETAIL : i;
}

/** One value per detail level (index = level), each made on first use and kept. */
export type ByDetail<T> = (level: number) => T;

/**
 * Levels made lazily: the initial view needs one level, not all four, and making them all cost
 * ~45 ms of main thread between the map's `load` and its first frame with layers (profiled).
 */
function byDetail<T>(make: (tolerance: number) => T): ByDetail<T> {
	const made: T[] = [];
	return (level) => {
		const tolerance = LEVEL_TOLERANCES[level];
		if (tolerance === undefined) throw new RangeError(`detail level ${level} is not in 0…${FULL_DETAIL}`);
		if (!(level in made)) made[level] = make(tolerance);
		return made[level]!;
	};
}

/**
 * The lines at each detail level: simplified to half a pixel at the highest zoom of the level; the
 * last level is the lines as given.
 */
export function linesByDetail(lines: readonly Position[][]): ByDetail<Position[][]> {
	// Tolerance 0 returns copies of the lines as given.
	return byDetail((tolerance) => lines.map((l) => simplifyLine(l, tolerance)));
}

/**
 * The collection at each detail level: each polygon ring simplified on its own as in linesByDetail;
 * the last level is the collection itself. For outlines that share no border with another drawn
 * ring (the north's one zone); shared borders go through borderMesh + linesByDetail. Features keep
 * their properties (picking reads them).
 */
export function polygonsByDetail<C extends { features: readonly Feature[] }>(collection: C): ByDetail<C> {
	return byDetail((tolerance) => {
		if (tolerance === 0) return collection;
		const rings = (rs: Position[][]) => rs.map((r) => simplifyLine(r, tolerance));
		const features = collection.features.map((f) => {
			const g = f.geometry;
			if (g?.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: rings(g.coordinates) } };
			if (g?.type === 'MultiPolygon')
				return { ...f, geometry: { ...g, coordinates: g.coordinates.map(rings) } };
			return f;
		});
		return { ...collection, features };
	});
}
