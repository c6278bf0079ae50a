import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { CITY_POINT_RADIUS_KM, distanceKm } from './validate/regions';

export type ContainedProps = { id: string; kind: string; name: string };
type Area = Polygon | MultiPolygon;
type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/**
 * For each region, the point features inside it and the line features (pipelines, airlift arcs) that
 * cross it, sorted by kind then name. Meant to be computed once per load, not per render.
 *
 * - A point on a region's boundary counts as inside (Turf's default, and the `point-in-region` rule's).
 * - A line counts when any vertex lies inside or any segment meets any ring edge (outer or hole), so an
 *   arc that crosses a region without a vertex in it is still listed.
 * - A region drawn as a Point (Shymkent city) holds what lies within CITY_POINT_RADIUS_KM of it.
 * - Area features among `others` are not listed: "which zone overlaps which region" is carried by the
 *   data itself (north.geojson `regions`), not guessed from geometry.
 *
 * Planar lon/lat arithmetic: correct for Kazakhstan, not for geometries crossing the antimeridian.
 *
 * @example
 * featuresInRegions(regions, [...unrest.features, ...energy.features]).get('KZ-MAN')
 * //= [{ id: 'energy-…', kind: 'oil-field', … }, { id: 'unrest-zhanaozen', kind: 'protest', … }]
 */
export function featuresInRegions<P extends ContainedProps>(
	regions: FeatureCollection<Polygon | MultiPolygon | Point, { id: string }>,
	others: Feature<Geometry, P>[]
): Map<string, P[]> {
	// Flattened once: the same feature is tested against every region.
	const parts = others.map((f) => ({ props: f.properties, ...flatten(f.geometry) }));
	const result = new Map<string, P[]>();
	for (const region of regions.features) {
		const { id } = region.properties;
		const geometry = region.geometry;
		const test = regionTest(geometry, id);
		const inside = parts
			.filter((p) => p.props.id !== id && test(p.points, p.lines))
			.map((p) => p.props)
			.sort((a, b) => a.kind.localeCompare(b.kind, 'en') || a.name.localeCompare(b.name, 'en'));
		result.set(id, inside);
	}
	return result;
}

type Test = (points: Position[], lines: Position[][]) => boolean;

function regionTest(geometry: Geometry | null, id: string): Test {
	if (geometry?.type === 'Point') {
		const centre = geometry.coordinates;
		return (points, lines) =>
			points.some((p) => distanceKm(p, centre) <= CITY_POINT_RADIUS_KM) ||
			lines.some((line) => lineDistanceKm(line, centre) <= CITY_POINT_RADIUS_KM);
	}
	if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
		const area: Area = geometry;
		const rings = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flat();
		const box = bbox(rings.flat());
		const inArea = (p: Position) => inBox(p, box) && booleanPointInPolygon(p, area);
		return (points, lines) =>
			points.some(inArea) || lines.some((line) => line.some(inArea) || crossesAnyRing(line, rings, box));
	}
	throw new Error(`featuresInRegions: region ${id} must be a Polygon, MultiPolygon or Point`);
}

/** Every Point/MultiPoint position and every LineString/MultiLineString path of a geometry. */
function flatten(g: Geometry | null): { points: Position[]; lines: Position[][] } {
	const points: Position[] = [];
	const lines: Position[][] = [];
	const visit = (g: Geometry | null) => {
		if (!g) return;
		if (g.type === 'Point') points.push(g.coordinates);
		else if (g.type === 'MultiPoint') points.push(...g.coordinates);
		else if (g.type === 'LineString') lines.push(g.coordinates);
		else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
		else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
	};
	visit(g);
	return { points, lines };
}

function crossesAnyRing(line: Position[], rings: Position[][], regionBox: BBox): boolean {
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		const seg = bbox([a, b]);
		// Most segments lie nowhere near a given region: skip its edges without testing them.
		if (!boxesOverlap(seg, regionBox)) continue;
		for (const ring of rings) {
			for (let j = 1; j < ring.length; j++) {
				const c = ring[j - 1]!;
				const d = ring[j]!;
				if (boxesOverlap(seg, bbox([c, d])) && segmentsIntersect(a, b, c, d)) return true;
			}
		}
	}
	return false;
}

const cross = (o: Position, a: Position, b: Position) =>
	(a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);

/** Closed segments ab and cd share a point (touching and collinear overlap count). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
	// Collinear or touching: an endpoint lies on the other segment (the bbox test is enough once collinear).
	const onSeg = (p: Position, q: Position, r: Position) => inBox(r, bbox([p, q]));
	return (
		(d1 === 0 && onSeg(c, d, a)) ||
		(d2 === 0 && onSeg(c, d, b)) ||
		(d3 === 0 && onSeg(a, b, c)) ||
		(d4 === 0 && onSeg(a, b, d))
	);
}

function bbox(positions: Position[]): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = 0, y = 0] of positions) {
		if (x < box[0]) box[0] = x;
		if (y < box[1]) box[1] = y;
		if (x > box[2]) box[2] = x;
		if (y > box[3]) box[3] = y;
	}
	return box;
}
const inBox = ([x = 0, y = 0]: Position, b: BBox) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
const boxesOverlap = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Turf's mean Earth radius, so the local projection agrees with `distanceKm` at the 20 km edge. */
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Shortest distance from a line to a centre, in a local equirectangular projection around the centre:
 * within a few tens of km of it (all that the 20 km test decides) the error is far below a kilometre.
 */
function lineDistanceKm(line: Position[], centre: Position): number {
	const [lon0 = 0, lat0 = 0] = centre;
	const kx = EARTH_KM * RAD * Math.cos(lat0 * RAD);
	const ky = EARTH_KM * RAD;
	const xy = ([lon = 0, lat = 0]: Position) => [(lon - lon0) * kx, (lat - lat0) * ky] as const;
	if (line.length === 1) return distanceKm(line[0]!, centre);
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const [ax, ay] = xy(line[i - 1]!);
		const [bx, by] = xy(line[i]!);
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		// Projection of the centre (the origin) onto the segment, clamped to its ends.
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}
