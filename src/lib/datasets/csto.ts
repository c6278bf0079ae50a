import url, { sha256 } from '../../../geodata/csto.geojson?geodata';
import { cstoSchema } from '$lib/geo/schemas';
import { contingentColours, countryNames, themeColours } from '$lib/map/palette';
import type { Collection, CstoProps } from '$lib/data/types';
import { defineDataset } from './entry';

export const csto = defineDataset<CstoProps>({
	id: 'csto',
	file: 'csto.geojson',
	url,
	sha256,
	schema: cstoSchema,
	layer: 'CstoLayer',
	// On top of the energy assets and military sites: the deployment is the article's subject.
	drawOrder: 50,
	visibleByDefault: true,
	names: { layer: 'CSTO deployment, January 2022', list: 'CSTO deployment', credit: 'CSTO deployment' },
	listedInAreas: true,
	legend: (data) => ({
		title: 'CSTO contingents',
		items: [
			...contingentsIn(data).map((code) => ({
				symbol: 'dot' as const,
				colour: contingentColours[code]!,
				label: countryNames[code] ?? code
			})),
			{
				symbol: 'dot',
				colour: themeColours.context,
				label: 'earlier Russian deployments',
				short: 'earlier Russian'
			},
			{
				symbol: 'arc',
				colour: contingentColours.RU!,
				label: "airlift arc, in its contingent's colour",
				short: 'airlift'
			}
		]
	})
});

/** Only the contingents present in the data get an entry. */
function contingentsIn(data: Collection<CstoProps>): string[] {
	const codes = new Set<string>();
	for (const f of data.features)
		if ('contingents' in f.properties) for (const c of f.properties.contingents ?? []) codes.add(c.country);
	return [...codes].filter((c) => contingentColours[c]).sort();
}
