import url, { sha256 } from '../../../geodata/unrest.geojson?geodata';
import { unrestSchema } from '$lib/geo/schemas';
import { themeColours } from '$lib/map/palette';
import type { UnrestProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const unrest = defineDataset<UnrestProps>({
	id: 'unrest',
	file: 'unrest.geojson',
	url,
	sha256,
	schema: unrestSchema,
	layer: 'UnrestLayer',
	drawOrder: 70,
	visibleByDefault: true,
	names: { layer: 'Unrest, 1–19 January 2022', list: 'Unrest', credit: 'unrest' },
	listedInAreas: true,
	legend: () => ({
		title: 'Unrest',
		items: [
			{ symbol: 'dot', colour: themeColours.unrest, label: 'protest or clash', short: 'protest, clash' },
			{ symbol: 'big-dot', colour: themeColours.unrest, label: 'seizure of buildings', short: 'seizure' }
		]
	})
});
