import type { Datasets } from '$lib/data/load';
import { loadBasemap } from '$lib/map/basemap';
import type { SearchEngine } from './engine';
import type { NamesFile } from './names';

let pending: Promise<SearchEngine> | null = null;

/**
 * The search engine, built once: MiniSearch, geodata/names.json and the index load on first use
 * (the search box's focus), not with the page. The basemap is the map's own cached download.
 */
export function loadSearch(d: Datasets): Promise<SearchEngine> {
	pending ??= Promise.all([
		import('./engine'),
		import('./inputs'),
		import('../../../geodata/names.json'),
		loadBasemap()
	]).then(([engine, inputs, names, basemap]) =>
		engine.createSearch(
			engine.buildItems(
				inputs.featureInputs(d),
				inputs.placeInputs(basemap),
				names.default as NamesFile,
				inputs.regionFinder(d)
			),
			(names.default as NamesFile).sources
		)
	);
	// A failed download may be retried on the next focus.
	pending.catch(() => (pending = null));
	return pending;
}
