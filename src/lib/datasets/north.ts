import url, { sha256 } from '../../../geodata/north.geojson?packed';
import { northSchema } from '$lib/geo/schemas';
import { themeColours } from '$lib/map/palette';
import type { NorthProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const north = defineDataset<NorthProps>({
	id: 'north',
	file: 'north.geojson',
	url,
	sha256,
	schema: northSchema,
	layer: 'NorthLayer',
	drawOrder: 20,
	visibleByDefault: true,
	names: { layer: 'The Russian-speaking north', list: 'The north', credit: 'Russian-speaking north' },
	legend: () => ({
		title: 'Zone',
		items: [
			{
				symbol: 'outline',
				colour: themeColours.north,
				label: 'Russian-speaking north (six regions)',
				short: 'six regions'
			}
		]
	})
});
