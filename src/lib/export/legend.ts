/**
 * The "data sources" line that only the exported image prints. The legend itself is
 * $lib/map/legend, shared with the on-screen legend.
 */
import { featuresOf, type Datasets, type LayerName } from '$lib/data/load';
import { DATASETS } from '$lib/datasets';
import { collectSources } from '$lib/sources/registry';

/** Publishers of everything the visible layers' features cite, most cited first. */
export function sourcePublishers(datasets: Datasets, visible: Record<LayerName, boolean>): string[] {
	const features = DATASETS.filter((e) => visible[e.id]).flatMap((e) =>
		featuresOf(datasets, e).map((f) => ({
			id: f.properties.id,
			name: f.properties.name,
			properties: f.properties
		}))
	);
	return collectSources({ features, events: [], claims: [] }).map((p) => p.name);
}
