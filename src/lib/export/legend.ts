/**
 * The "data sources" line that only the exported image prints. The legend itself is
 * $lib/map/legend, shared with the on-screen legend.
 */
import type { Datasets, LayerName } from '$lib/data/load';
import { collectSources } from '$lib/sources/registry';

/** Publishers of everything the visible layers' features cite, most cited first. */
export function sourcePublishers(datasets: Datasets, visible: Record<LayerName, boolean>): string[] {
	const features = (Object.keys(visible) as LayerName[]).flatMap((name) => {
		const d = datasets[name];
		if (!visible[name] || !d.ok) return [];
		return d.data.features.map((f) => ({
			id: f.properties.id,
			name: f.properties.name,
			properties: f.properties
		}));
	});
	return collectSources({ features, events: [], claims: [] }).map((p) => p.name);
}
