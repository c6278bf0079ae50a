import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Finding } from './issue';
import { show } from './values';
import turfDistance from '@turf/distance';

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
 * Great-circle distance (Turf's haversine, mean Earth radius); enough for a 20 km tolerance and for
 * search's 50 km "around" (src/lib/search uses this one).
 */
export function distanceKm(a: Position, b: Position): number {
	return turfDistance([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0], { units: 'kilometers' });
}
