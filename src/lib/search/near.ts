import { distanceKm } from '$lib/geo/validate/regions';
import type { Geometry, Position } from 'geojson';
import { featuresOf, type Datasets } from '$lib/data/load';
import { DATASETS } from '$lib/datasets';
import type { AnyFeature, AnyProps } from '$lib/data/types';

/*
 * Distances for search, kept apart from the index so the details of a place (loaded with the page)
 * do not pull MiniSearch in with them.
 */

/** What "near" a place means (issue notes, search ranking): within 50 km, or the region it lies in. */
export const NEAR_KM = 50;

export { distanceKm };

export type Near = { props: AnyProps; km: number };

function vertices(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return g.coordinates;
		case 'MultiLineString':
			return g.coordinates.flat();
		default:
			return [];
	}
}

/**
 * Sites, events and assets within `km` of a point, nearest first. A pipeline counts by its nearest
 * vertex. Regions and the north are areas ("the region it lies in" says those), and airlift arcs are
 * straight lines between airfields, not flight paths, so a city under one is not "near" it.
 */
export function nearby(lngLat: [number, number], d: Datasets, km = NEAR_KM): Near[] {
	const out: Near[] = [];
	// What a region's details list as inside it: the same datasets are "around" a place.
	for (const entry of DATASETS.filter((e) => e.listedInAreas)) {
		for (const f of featuresOf(d, entry) as AnyFeature[]) {
			if (f.properties.kind === 'airlift') continue;
			const dist = Math.min(...vertices(f.geometry).map((v) => distanceKm(lngLat, [v[0]!, v[1]!])));
			if (dist <= km) out.push({ props: f.properties, km: dist });
		}
	}
	return out.sort((a, b) => a.km - b.km || a.props.name.localeCompare(b.props.name, 'en'));
}
