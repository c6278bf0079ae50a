import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kindLabel } from '$lib/data/describe';
import { featuresOf, type Datasets } from '$lib/data/load';
import { AREAS, DATASETS } from '$lib/datasets';
import type { AnyFeature, AnyProps, RegionProps } from '$lib/data/types';
import { CITY_POINT_RADIUS_KM } from '$lib/geo/validate/regions';
import type { FeatureInput, PlaceInput, Where } from './engine';
import { distanceKm } from './near';
export { nearby, NEAR_KM, type Near } from './near';
export { placeInputs } from './places';

const collections = (d: Datasets) => DATASETS.map((e) => featuresOf(d, e) as AnyFeature[]);

/** A city drawn as a region (Almaty, Nur-Sultan, Shymkent) is where its centre is. */
function pointOf(f: AnyFeature): [number, number] | null {
	if (f.geometry?.type === 'Point') return f.geometry.coordinates.slice(0, 2) as [number, number];
	const centre = (f.properties as RegionProps).centre;
	return f.properties.kind === 'city' && centre ? [centre.lon, centre.lat] : null;
}

export function featureInputs(d: Datasets): FeatureInput[] {
	return collections(d).flatMap((features) =>
		features.map((f) => {
			const p = f.properties as AnyProps & { name_kk?: string; name_ru?: string };
			return {
				id: p.id,
				kind: p.kind,
				kindLabel: kindLabel(p.kind),
				name: p.name,
				name_kk: p.name_kk,
				name_ru: p.name_ru,
				lngLat: pointOf(f)
			};
		})
	);
}

const countryName = (iso2: string) => {
	try {
		return new Intl.DisplayNames('en', { type: 'region' }).of(iso2) ?? iso2;
	} catch {
		return iso2;
	}
};

/**
 * The region a point lies in (a city of republican significance drawn as a point wins within its
 * radius, as in the region contents), or, outside Kazakhstan's regions, the place's country.
 */
export function regionFinder(
	d: Datasets
): (lngLat: [number, number], place: PlaceInput | null) => Where | null {
	const regions = AREAS ? featuresOf(d, AREAS) : [];
	return (lngLat, place) => {
		if (place?.kind === 'country') return null;
		for (const r of regions)
			if (
				r.geometry.type === 'Point' &&
				distanceKm(lngLat, r.geometry.coordinates as [number, number]) <= CITY_POINT_RADIUS_KM
			)
				return { id: r.properties.id, name: r.properties.name };
		for (const r of regions)
			if (r.geometry.type !== 'Point' && booleanPointInPolygon(lngLat, r as never))
				return { id: r.properties.id, name: r.properties.name };
		return place?.country ? { id: null, name: countryName(place.country) } : null;
	};
}
