/**
 * Where a feature is drawn, as the few points a reader must see to recognise it: a point itself; a
 * line's two ends and its middle (along its length); a polygon's label point, the interior point
 * farthest from its edges (polylabel), which lies inside even a crescent or a C-shaped region where a
 * centroid or the bounding box's centre would fall outside. The camera keeps these clear of the
 * panels when a passage is shown, and the passage's labels sit on them.
 *
 * Pure and free of `$lib` imports: the browser tests read geodata/ from disk and call it too.
 */
import type { Geometry, Position } from 'geojson';
import along from '@turf/along';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import length from '@turf/length';
import { lineString, polygon } from '@turf/helpers';
import polylabel from 'polylabel';
import { arcPath, type LngLat } from './arc';

export type Anchor = { position: LngLat; role: 'point' | 'start' | 'middle' | 'end' | 'inside' };

/** Degrees: ~100 m, finer than a pixel at the zooms the map fits a passage at. */
const PRECISION = 0.001;

export function lineAnchors(path: readonly Position[]): Anchor[] {
	const first = path[0];
	const last = path[path.length - 1];
	if (!first || !last) return [];
	if (path.length === 1) return [{ position: ll(first), role: 'point' }];
	const line = lineString(path.map((p) => [p[0]!, p[1]!]));
	const half = length(line) / 2;
	const middle = along(line, half).geometry.coordinates;
	return [
		{ position: ll(first), role: 'start' },
		{ position: ll(middle), role: 'middle' },
		{ position: ll(last), role: 'end' }
	];
}

/** Where along a line its name may go, in order: the middle, then farther off it on either side. */
const NAME_AT = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];

/** A polygon's other name points: cell centres of a grid this fine over its bounds, inside it. */
const GRID = 6;
const MORE_INSIDE = 8;

/**
 * The points a feature's name may stand at, best first: a point's own position; a polygon's label
 * point, then other points inside it, nearest first (the north's name and its six regions' names
 * cannot all stand at their label points); a line's middle and then points farther along it either
 * way (a crowded middle, e.g. where a pipeline passes an oil field that has its own name, need not
 * leave the line unnamed).
 */
export function namePoints(geometry: Geometry, { curved = false } = {}): LngLat[] {
	const rings = largestPart(geometry);
	if (rings) {
		const first = inside(rings);
		return [first, ...gridInside(rings, first)];
	}
	const path = drawnPath(geometry, curved);
	if (!path) {
		const at = anchorsOf(geometry, { curved }).find((a) => a.role !== 'start' && a.role !== 'end');
		return at ? [at.position] : [];
	}
	const line = lineString(path.map(xy));
	const total = length(line);
	return NAME_AT.map((f) => ll(along(line, total * f).geometry.coordinates));
}

/** The line the reader sees: the airlift's curve, or the longest part of a line's parts. */
function drawnPath(geometry: Geometry, curved: boolean): Position[] | null {
	if (geometry.type === 'LineString') {
		const c = geometry.coordinates;
		if (c.length < 2) return null;
		return curved ? arcPath(ll(c[0]!), ll(c[c.length - 1]!)) : c;
	}
	if (geometry.type === 'MultiLineString') {
		const longest = [...geometry.coordinates].sort(
			(a, b) => length(lineString(b.map(xy))) - length(lineString(a.map(xy)))
		)[0];
		return longest && longest.length > 1 ? longest : null;
	}
	return null;
}

/**
 * The anchors of a feature as the map draws it. `curved` says the line is drawn as the airlift's
 * curve between its ends (CstoLayer draws `arcPath`), not along its stored vertices.
 */
export function anchorsOf(geometry: Geometry, { curved = false } = {}): Anchor[] {
	switch (geometry.type) {
		case 'Point':
			return [{ position: ll(geometry.coordinates), role: 'point' }];
		case 'MultiPoint':
			return geometry.coordinates.map((p) => ({ position: ll(p), role: 'point' as const }));
		case 'LineString':
			// A one-vertex line is a point; lineAnchors says so.
			return lineAnchors(drawnPath(geometry, curved) ?? geometry.coordinates);
		case 'MultiLineString': {
			// The longest part stands for the whole: its ends and middle are what the reader follows.
			const longest = drawnPath(geometry, curved);
			return longest ? lineAnchors(longest) : [];
		}
		case 'Polygon':
		case 'MultiPolygon': {
			// The largest part's label point: a region's exclave or an island does not stand for it.
			const largest = largestPart(geometry);
			return largest ? [{ position: inside(largest), role: 'inside' }] : [];
		}
		case 'GeometryCollection':
			return geometry.geometries.flatMap((g) => anchorsOf(g, { curved }));
	}
}

function largestPart(geometry: Geometry): Position[][] | null {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	if (geometry.type !== 'MultiPolygon') return null;
	return [...geometry.coordinates].sort((a, b) => ringArea(b[0]) - ringArea(a[0]))[0] ?? null;
}

function gridInside(rings: Position[][], from: LngLat): LngLat[] {
	const outer = rings[0] ?? [];
	const xs = outer.map((p) => p[0]!);
	const ys = outer.map((p) => p[1]!);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const shape = polygon(rings.map((r) => r.map(xy)));
	const cells: LngLat[] = [];
	for (let i = 0; i < GRID; i++)
		for (let j = 0; j < GRID; j++) {
			const p: LngLat = [x0 + ((i + 0.5) * (x1 - x0)) / GRID, y0 + ((j + 0.5) * (y1 - y0)) / GRID];
			if (booleanPointInPolygon(p, shape)) cells.push(p);
		}
	const d = (p: LngLat) => (p[0] - from[0]) ** 2 + (p[1] - from[1]) ** 2;
	return cells.sort((a, b) => d(a) - d(b)).slice(0, MORE_INSIDE);
}

function inside(rings: Position[][]): LngLat {
	const p = polylabel(
		rings.map((r) => r.map(xy)),
		PRECISION
	);
	return [p[0]!, p[1]!];
}

/** Planar ring area in square degrees: only to rank a feature's parts by size. */
function ringArea(ring: Position[] | undefined): number {
	if (!ring) return 0;
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	return Math.abs(a / 2);
}

const xy = (p: Position): [number, number] => [p[0]!, p[1]!];
const ll = (p: Position): LngLat => [p[0]!, p[1]!];
