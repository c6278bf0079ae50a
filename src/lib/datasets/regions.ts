// Regions and north are mostly shared borders: they travel as TopoJSON (vite-plugin-geodata.ts).
import url, { sha256 } from '../../../geodata/regions.geojson?packed';
import { regionsSchema } from '$lib/geo/schemas';
import { isNonCensus } from '$lib/data/regions';
import { noDataColour, russianShareClasses } from '$lib/map/palette';
import type { RegionProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const regions = defineDataset<RegionProps>({
	id: 'regions',
	file: 'regions.geojson',
	url,
	sha256,
	schema: regionsSchema,
	layer: 'RegionsLayer',
	drawOrder: 10,
	visibleByDefault: true,
	names: { layer: 'Regions (Russian share of population)', list: 'Regions', credit: 'regions' },
	areas: true,
	legend: (data) => ({
		title: 'Russians, % of population',
		note: 'Best figure per region: a census where one exists, else the newest official estimate.',
		items: [
			...russianShareClasses.map((c) => ({
				symbol: 'swatch' as const,
				colour: c.colour,
				label: `${c.min}–${c.max} %`,
				// The last class carries the unit, as a ramp's last tick does.
				short: c.max === 100 ? `${c.min}–${c.max} %` : `${c.min}–${c.max}`
			})),
			// Only when some region is hatched on the map.
			...(data.features.some((f) => isNonCensus(f.properties))
				? [
						{
							symbol: 'hatch' as const,
							colour: russianShareClasses[3]!.colour,
							label: 'hatched: an estimate, not a census count',
							short: 'estimate'
						}
					]
				: []),
			{ symbol: 'swatch', colour: noDataColour, label: 'no figure found', short: 'no figure' }
		]
	})
});
