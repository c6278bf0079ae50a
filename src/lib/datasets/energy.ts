import url, { sha256 } from '../../../geodata/energy.geojson?geodata';
import { energySchema } from '$lib/geo/schemas';
import { ownerBlocs, themeColours } from '$lib/map/palette';
import type { EnergyProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const energy = defineDataset<EnergyProps>({
	id: 'energy',
	file: 'energy.geojson',
	url,
	sha256,
	schema: energySchema,
	layer: 'EnergyLayer',
	drawOrder: 30,
	visibleByDefault: true,
	names: { layer: 'Energy and strategic assets', list: 'Energy', credit: 'energy assets' },
	listedInAreas: true,
	legend: () => ({
		title: 'Energy assets: largest foreign stake',
		items: [
			...Object.values(ownerBlocs).map((b) => ({
				symbol: 'dot' as const,
				colour: b.colour,
				label: b.label,
				short: b.short
			})),
			{
				symbol: 'line',
				colour: themeColours.pipeline,
				label: 'pipeline, schematic route, coloured by largest foreign stake',
				short: 'pipeline'
			}
		]
	})
});
