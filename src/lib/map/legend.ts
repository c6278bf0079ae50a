/**
 * The legend as data: sections, labels and colours for the visible layers, drawn both by
 * Legend.svelte on screen and by the export on canvas, so the two cannot drift apart.
 */
import type { Datasets, LayerName } from '$lib/data/load';
import { isNonCensus } from '$lib/data/regions';
import {
	contingentColours,
	countryNames,
	noDataColour,
	ownerBlocs,
	russianShareClasses,
	themeColours,
	type RGB
} from './palette';

export type LegendSymbol = 'swatch' | 'hatch' | 'outline' | 'dot' | 'big-dot' | 'line' | 'arc';
export type LegendItem = { symbol: LegendSymbol; colour: RGB; label: string };
export type LegendSection = { title: string; note?: string; items: LegendItem[] };

export function legendSections(datasets: Datasets, visible: Record<LayerName, boolean>): LegendSection[] {
	const shown = (name: LayerName) => visible[name] && datasets[name].ok;
	const out: LegendSection[] = [];
	if (shown('regions'))
		out.push({
			title: 'Russians, % of population',
			note: 'Best figure per region: a census where one exists, else the newest official estimate.',
			items: [
				...russianShareClasses.map((c) => ({
					symbol: 'swatch' as const,
					colour: c.colour,
					label: `${c.min}–${c.max} %`
				})),
				...(datasets.regions.ok && datasets.regions.data.features.some((f) => isNonCensus(f.properties))
					? [
							{
								symbol: 'hatch' as const,
								colour: russianShareClasses[3]!.colour,
								label: 'hatched: an estimate, not a census count'
							}
						]
					: []),
				{ symbol: 'swatch', colour: noDataColour, label: 'no figure found' }
			]
		});
	if (shown('north'))
		out.push({
			title: 'Zone',
			items: [
				{ symbol: 'outline', colour: themeColours.north, label: 'Russian-speaking north (six regions)' }
			]
		});
	if (shown('csto'))
		out.push({
			title: 'CSTO contingents',
			items: [
				...contingentsIn(datasets).map((code) => ({
					symbol: 'dot' as const,
					colour: contingentColours[code]!,
					label: countryNames[code] ?? code
				})),
				{ symbol: 'dot', colour: themeColours.context, label: 'earlier Russian deployments' },
				{ symbol: 'arc', colour: contingentColours.RU!, label: "airlift arc, in its contingent's colour" }
			]
		});
	if (shown('unrest'))
		out.push({
			title: 'Unrest',
			items: [
				{ symbol: 'dot', colour: themeColours.unrest, label: 'protest or clash' },
				{ symbol: 'big-dot', colour: themeColours.unrest, label: 'seizure of buildings' }
			]
		});
	if (shown('energy'))
		out.push({
			title: 'Energy assets: largest foreign stake',
			items: [
				...Object.values(ownerBlocs).map((b) => ({
					symbol: 'dot' as const,
					colour: b.colour,
					label: b.label
				})),
				{
					symbol: 'line',
					colour: themeColours.pipeline,
					label: 'pipeline, schematic route, coloured by largest foreign stake'
				}
			]
		});
	if (shown('military'))
		out.push({
			title: 'Russian military sites, Jan 2022',
			note: 'Used by Russia under agreements with Kazakhstan; not the CSTO deployment.',
			items: [
				{ symbol: 'big-dot', colour: themeColours.military, label: 'test range (nominal point)' },
				{ symbol: 'dot', colour: themeColours.military, label: 'early-warning radar' }
			]
		});
	return out;
}

/** Only the contingents present in the data get an entry. */
function contingentsIn(d: Datasets): string[] {
	if (!d.csto.ok) return [];
	const codes = new Set<string>();
	for (const f of d.csto.data.features)
		if ('contingents' in f.properties) for (const c of f.properties.contingents ?? []) codes.add(c.country);
	return [...codes].filter((c) => contingentColours[c]).sort();
}
