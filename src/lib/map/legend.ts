/**
 * The legend as data: sections, labels and colours for the visible layers, drawn both by
 * Legend.svelte on screen and by the export on canvas, so the two cannot drift apart.
 */
import type { Datasets, LayerName } from '$lib/data/load';
import { DATASETS } from '$lib/datasets';
import type { RGB } from './palette';

export type LegendSymbol = 'swatch' | 'hatch' | 'outline' | 'dot' | 'big-dot' | 'line' | 'arc';
/** `short` is the compact legend's word for the item (the layers panel); `label` says it in full. */
export type LegendItem = { symbol: LegendSymbol; colour: RGB; label: string; short?: string };
export type LegendSection = { title: string; note?: string; items: LegendItem[] };

/** One section per visible dataset that loaded, in registry order; each entry draws its own. */
export function legendSections(datasets: Datasets, visible: Record<LayerName, boolean>): LegendSection[] {
	return DATASETS.flatMap((entry) => {
		const section = legendOf(datasets, entry.id);
		return visible[entry.id] && section ? [section] : [];
	});
}

/** One dataset's section, whether shown or not; null when its file did not load. */
export function legendOf(datasets: Datasets, id: LayerName): LegendSection | null {
	const entry = DATASETS.find((e) => e.id === id);
	const loaded = datasets.layers[id];
	return entry && loaded?.ok ? entry.legend(loaded.data) : null;
}
