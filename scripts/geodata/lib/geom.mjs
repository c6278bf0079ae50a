// Small, dependency-free geometry helpers for the regions build. Coordinates are GeoJSON [lon, lat].

/** Mean Earth radius in km (IUGG), the same sphere @turf/area and @turf/length use. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km. Used for border lengths: NE edges are a few km long, so summing
 * haversine segments is within a fraction of a per cent of a geodesic measure.
 * @param {number[]} a [lon, lat]
 * @param {number[]} b [lon, lat]
 */
export function haversineKm(a, b) {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Polygons of a Polygon or MultiPolygon as MultiPolygon coordinates, so callers handle one shape.
 * @param {{type: string, coordinates: any}} geometry
 * @returns {number[][][][]}
 */
export function polygonsOf(geometry) {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	throw new Error(`expected a polygonal geometry, got ${geometry.type}`);
}

/**
 * Polygon when there is one part, MultiPolygon otherwise: the smallest honest GeoJSON type.
 * @param {number[][][][]} polygons
 */
export function geometryOf(polygons) {
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Signed planar (shoelace) area in square degrees: > 0 for counter-clockwise rings. Planar is
 * enough to decide winding, because the sign does not change under the small distortion of lon/lat.
 * @param {number[][]} ring closed ring
 */
export function ringSignedArea(ring) {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return s / 2;
}

/**
 * RFC 7946 §3.1.6 right-hand rule: exterior rings counter-clockwise, holes clockwise.
 * polygon-clipping and TopoJSON round trips do not promise a winding, so we always rewind last.
 * @param {number[][][][]} polygons
 */
export function rewind(polygons) {
	return polygons.map((rings) =>
		rings.map((ring, i) => {
			const ccw = ringSignedArea(ring) > 0;
			return (i === 0) === ccw ? ring : [...ring].reverse();
		})
	);
}

/**
 * Round to `decimals`, drop consecutive duplicates that rounding creates, and drop rings that
 * collapse below a triangle (a polygon whose exterior collapses is dropped whole). Rounding the
 * shared arcs of a topology the same way in every feature keeps shared borders identical.
 * @param {number[][][][]} polygons
 * @param {number} decimals
 */
export function roundPolygons(polygons, decimals) {
	const f = 10 ** decimals;
	const r = (n) => Math.round(n * f) / f + 0; // + 0 turns -0 into 0 for stable output
	const out = [];
	for (const rings of polygons) {
		const kept = [];
		for (const [i, ring] of rings.entries()) {
			const pts = [];
			for (const [x, y] of ring) {
				const p = [r(x), r(y)];
				const last = pts[pts.length - 1];
				if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
			}
			const first = pts[0];
			const last = pts[pts.length - 1];
			if (first[0] !== last[0] || first[1] !== last[1]) pts.push([...first]);
			const degenerate = pts.length < 4 || ringSignedArea(pts) === 0;
			if (degenerate && i === 0) break; // exterior gone: the polygon is gone
			if (!degenerate) kept.push(pts);
		}
		if (kept.length) out.push(kept);
	}
	return out;
}

/**
 * Bounding box [minLon, minLat, maxLon, maxLat] of MultiPolygon coordinates.
 * @param {number[][][][]} polygons
 */
export function bboxOf(polygons) {
	const b = [Infinity, Infinity, -Infinity, -Infinity];
	for (const rings of polygons)
		for (const ring of rings)
			for (const [x, y] of ring) {
				if (x < b[0]) b[0] = x;
				if (y < b[1]) b[1] = y;
				if (x > b[2]) b[2] = x;
				if (y > b[3]) b[3] = y;
			}
	return b;
}

/** Number of positions, for size reports. @param {number[][][][]} polygons */
export function countVertices(polygons) {
	let n = 0;
	for (const rings of polygons) for (const ring of rings) n += ring.length;
	return n;
}
