import url, { sha256 } from '../../../geodata/military.geojson?geodata';
import { militarySchema } from '$lib/geo/schemas';
import { themeColours } from '$lib/map/palette';
import type { MilitaryProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const military = defineDataset<MilitaryProps>({
	id: 'military',
	file: 'military.geojson',
	url,
	sha256,
	schema: militarySchema,
	layer: 'MilitaryLayer',
	drawOrder: 40,
	// Off until paragraph 7 (or the reader) turns it on: the first view is the crisis in Kazakhstan,
	// and three more markers on it cost deck.gl two more layers before the map is ready.
	visibleByDefault: false,
	names: {
		layer: 'Russian military sites leased in Kazakhstan',
		list: 'Russian military sites',
		credit: 'Russian military sites'
	},
	listedInAreas: true,
	legend: () => ({
		title: 'Russian military sites, Jan 2022',
		note: 'Used by Russia under agreements with Kazakhstan; not the CSTO deployment.',
		items: [
			{
				symbol: 'big-dot',
				colour: themeColours.military,
				label: 'test range (nominal point)',
				short: 'test range'
			},
			{ symbol: 'dot', colour: themeColours.military, label: 'early-warning radar', short: 'radar' }
		]
	})
});
