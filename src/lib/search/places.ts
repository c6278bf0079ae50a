import type { FeatureCollection } from 'geojson';
import type { PlaceInput } from './engine';

/*
 * Apart from inputs.ts so that the page can check a permalink's `place` against the basemap's
 * places without loading search (inputs.ts brings Turf and the region lookup).
 */

/** The basemap's labelled cities and countries, with the ids geodata/names.json attaches names to. */
export function placeInputs(basemap: FeatureCollection): PlaceInput[] {
	const out: PlaceInput[] = [];
	for (const f of basemap.features) {
		const p = f.properties ?? {};
		if (f.geometry?.type !== 'Point') continue;
		const lngLat = f.geometry.coordinates.slice(0, 2) as [number, number];
		if (p.layer === 'city')
			out.push({
				id: `city:${p.geonames_id}`,
				kind: 'city',
				name: String(p.name),
				country: p.country,
				lngLat
			});
		else if (p.layer === 'country-label')
			out.push({ id: `country:${p.iso3}`, kind: 'country', name: String(p.name), lngLat });
	}
	return out;
}
