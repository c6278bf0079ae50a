/**
 * The legend as data: sections, labels and colours for the visible layers, drawn both by
 * Legend.svelte on screen and by the export on canvas, so the two cannot drift apart.
 */
import type { Datasets, LayerName } from '$lib/data/load';
import { DATASETS } from '$lib/datasets';
import type { RGB } from './palette';

export type LegendSymbol = 'swatch' | 'hatch' | 'outline' | 'dot' | 'big-dot' | 'line' | 'arc';
export type LegendItem = { symbol: LegendSymbol; colour: RGB; label: string };
export type LegendSection = { title: string; note?: string; items: LegendItem[] };

/** One section per visible dataset that loaded, in registry order; each entry draws its own. */
export function legendSections(datasets: Datasets, visible: Record<LayerName, boolean>): LegendSection[] {
	return DATASETS.flatMap((entry) => {
		const loaded = datasets.layers[entry.id];
		return visible[entry.id] && loaded?.ok ? [entry.legend(loaded.data)] : [];
	});
}
