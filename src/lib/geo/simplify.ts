import type { Objects, Topology } from 'topojson-specification';
import { transform } from 'topojson-client';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import { degreesPerPixel, mercatorY } from './mercator';

/**
 * Shapes for the zoom they are drawn at: a topology's arcs simplified once (topojson-simplify's
 * `presimplify`) and cut per detail level (`simplify` at a weight), so every polygon and border made
 * from one level's arcs (shapes.ts) has the same vertices: a region's fill meets its border and its
 * neighbour's fill exactly.
 *
 * Why: deck.gl's PathLayer pays per vertex on every frame, and where WebGL runs in software
 * (SwiftShader: no GPU, locked-down office VMs) that price is high. Measured in Chromium on the
 * region borders: about 45 ms a frame per 1,000 vertices, so the 2,840 border vertices cost 130 ms
 * of each frame while the whole country fits in 900 pixels and most of them fall within one pixel.
 */

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
/**
 * Per level, index = level: half a pixel at the level's highest zoom, in degrees of longitude (as
 * mercatorY measures); 0 for full detail.
 */
export const LEVEL_TOLERANCES: readonly number[] = [
	...DETAIL_ZOOMS.map((z) => TOLERANCE_PX * degreesPerPixel(z)),
	0
];

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
export function byDetail<T>(make: (tolerance: number, level: number) => T): ByDetail<T> {
	const made: T[] = [];
	return (level) => {
		const tolerance = LEVEL_TOLERANCES[level];
		if (tolerance === undefined) throw new RangeError(`detail level ${level} is not in 0…${FULL_DETAIL}`);
		if (!(level in made)) made[level] = make(tolerance, level);
		return made[level]!;
	};
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	const ex = ax + t * dx - px;
	const ey = ay + t * dy - py;
	return ex * ex + ey * ey;
}

/**
 * The largest tolerance any level asks for, squared. A weight past it keeps its position at every
 * level, so the weight stops looking once it is there: a long straight stretch would otherwise be
 * scanned again on every removal (29 → 12 ms for the regions in Node, measured).
 */
const LARGEST2 = Math.max(...LEVEL_TOLERANCES) ** 2;

/** A quantised position tagged with its index in its arc and the arc's index (see presimplifyMercator). */
type Tagged = [number, number, number, number, number];

/**
 * The topology with a weight on every position (its third value): the tolerance, in degrees of
 * longitude on Web Mercator, below which the position may go. `simplify(result, tolerance)` then
 * keeps every arc within `tolerance` of its full line, like Douglas–Peucker, and keeps each arc's
 * ends, so arcs still meet at the junctions between regions.
 *
 * Why this weight rather than the library's default (the triangle's planar area): an area says
 * nothing about how far a line moves, and measured on the regions at the first view's level, areas
 * kept 2,288 of 2,840 vertices and still moved a border by 1.08 px. Here a position's weight is the
 * largest distance from the chord that replaces it of every original position the chord skips, so
 * the half-pixel bound holds for the line as drawn (1,411 vertices at that level; the hand-written
 * Douglas–Peucker before it kept 1,391). To read the skipped positions the weight needs each
 * position's place in its arc: it rides as extra dimensions, which topojson-client's transform
 * carries through (were it ever to drop them, the weight would throw and every detail test fail).
 */
export function presimplifyMercator<O extends Objects>(topology: Topology<O>): Topology<O> {
	if (!topology.transform)
		throw new Error('presimplifyMercator: needs a quantised topology (pack.ts makes one)');
	const decode = transform(topology.transform);
	// Each arc's positions on Web Mercator, x then y, in degrees of longitude.
	const merc = topology.arcs.map((arc) => {
		const xy = new Float64Array(arc.length * 2);
		arc.forEach((p, i) => {
			// The second argument is false at an arc's first position, where delta decoding restarts.
			const [x, y] = decode(p, i > 0) as [number, number];
			xy[2 * i] = x;
			xy[2 * i + 1] = mercatorY(y);
		});
		return xy;
	});
	const tagged = {
		...topology,
		arcs: topology.arcs.map((arc, k) => arc.map(([x, y], i): Tagged => [x!, y!, 0, i, k]))
	};
	const weight = (triangle: Triangle) => {
		const [a, , c] = triangle as unknown as [Tagged, Tagged, Tagged];
		const xy = merc[a[4]]!;
		const [i0, i2] = [a[3], c[3]];
		const [ax, ay, cx, cy] = [xy[2 * i0]!, xy[2 * i0 + 1]!, xy[2 * i2]!, xy[2 * i2 + 1]!];
		let max = 0;
		for (let i = i0 + 1; i < i2 && max <= LARGEST2; i++)
			max = Math.max(max, segmentDistance2(xy[2 * i]!, xy[2 * i + 1]!, ax, ay, cx, cy));
		return Math.sqrt(max);
	};
	return presimplify(tagged as unknown as Topology<O>, weight);
}

/**
 * The topology's arcs at each detail level, in absolute coordinates rounded to `decimals` (the
 * source's own precision, as unpack() rounds): the kept positions are then exactly the source's.
 * The last level keeps every position.
 */
export function topologyByDetail<O extends Objects>(
	topology: Topology<O>,
	decimals: number
): ByDetail<Topology<O>> {
	// Weighed on first use: a layer that is never drawn never pays for it.
	let weighted: Topology<O> | undefined;
	const k = 10 ** decimals;
	const round = (v: number) => Math.round(v * k) / k;
	return byDetail((tolerance) => {
		weighted ??= presimplifyMercator(topology);
		// Weights are ≥ 0 (the arcs' ends are Infinity): a tolerance of 0 keeps every position.
		const cut = simplify(weighted, tolerance);
		return { ...cut, arcs: cut.arcs.map((arc) => arc.map(([x, y]) => [round(x!), round(y!)])) };
	});
}
