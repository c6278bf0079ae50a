import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Finding } from './issue';
import { show } from './values';

export type RegionIndex = Map<string, Feature<Polygon | MultiPolygon | Point>>;

/**
 * A unit that regions.geojson can only show as a point (Shymkent city: Natural Earth has no polygon
 * for it) contains the points within this radius of its centre. Shymkent's city limits reach about
 * 20 km from the centre (1,170 km², en.wikipedia.org/wiki/Shymkent).
 */
export const CITY_POINT_RADIUS_KM = 20;

/** Region id → polygon, built once per file rather than once per point. */
export function indexRegions(regions: FeatureCollection): RegionIndex {
	const index: RegionIndex = new Map();
	for (const feature of regions.features) {
		const id = feature.properties?.id;
		const geometry = feature.geometry;
		if (typeof id !== 'string' || !geometry) continue;
		if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' || geometry.type === 'Point')
			index.set(id, { type: 'Feature', geometry, properties: {} });
	}
	return index;
}

/**
 * `point-in-region`: a point that names its region lies in it. Catches swapped lon/lat and
 * copy-pasted coordinates, which stay plausible-looking inside Kazakhstan's bounding box.
 */
export function checkPointInRegion(
	properties: Record<string, unknown>,
	geometry: Geometry,
	regions: RegionIndex
): Finding[] {
	const region = properties.region;
	if (region === undefined) return [];
	const points =
		geometry.type === 'Point'
			? [geometry.coordinates]
			: geometry.type === 'MultiPoint'
				? geometry.coordinates
				: [];
	if (points.length === 0) return [];
	const polygon = typeof region === 'string' ? regions.get(region) : undefined;
	if (!polygon)
		return [
			{ rule: 'point-in-region', message: `region ${show(region)} is not a region id in regions.geojson` }
		];
	const area = polygon.geometry;
	const outside = points.filter((p) =>
		area.type === 'Point'
			? distanceKm(p, area.coordinates) > CITY_POINT_RADIUS_KM
			: !booleanPointInPolygon(p, { ...polygon, geometry: area })
	);
	return outside.map((p) => ({
		rule: 'point-in-region',
		message: `point [${p.join(', ')}] lies outside its region ${region}`
	}));
}

/**
 * Great-circle distance (haversine, mean Earth radius); enough for a 20 km tolerance and for
 * search's 50 km "around" (src/lib/search uses this one).
 */
export function distanceKm(a: Position, b: Position): number {
	const rad = Math.PI / 180;
	const [lon1 = 0, lat1 = 0] = a;
	const [lon2 = 0, lat2 = 0] = b;
	const h =
		Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
		Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	// min: rounding can push h a hair above 1 for antipodal points, and asin(>1) is NaN.
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
