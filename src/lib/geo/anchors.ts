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
import length from '@turf/length';
import { lineString } from '@turf/helpers';
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
		case 'LineString': {
			const c = geometry.coordinates;
			const path = curved && c.length >= 2 ? arcPath(ll(c[0]!), ll(c[c.length - 1]!)) : c;
			return lineAnchors(path);
		}
		case 'MultiLineString': {
			// The longest part stands for the whole: its ends and middle are what the reader follows.
			const longest = [...geometry.coordinates].sort(
				(a, b) => length(lineString(b.map(xy))) - length(lineString(a.map(xy)))
			)[0];
			return longest && longest.length > 1 ? lineAnchors(longest) : [];
		}
		case 'Polygon':
			return [{ position: inside(geometry.coordinates), role: 'inside' }];
		case 'MultiPolygon': {
			// The largest part's label point: a region's exclave or an island does not stand for it.
			const largest = [...geometry.coordinates].sort((a, b) => ringArea(b[0]) - ringArea(a[0]))[0];
			return largest ? [{ position: inside(largest), role: 'inside' }] : [];
		}
		case 'GeometryCollection':
			return geometry.geometries.flatMap((g) => anchorsOf(g, { curved }));
	}
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
