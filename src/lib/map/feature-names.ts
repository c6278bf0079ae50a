// The names of the features the active passage (or phrase) is about, for the label engine: where each
// is named and with which words. The words are the feature's own `name` from geodata/ (context
// deployments carry their year there: "Crimea (Simferopol), 2014"); nothing is added to them.
import { DATASETS } from '$lib/datasets';
import { featuresOf, type Datasets, type LayerName } from '$lib/data/load';
import { anchorsOf } from '$lib/geo/anchors';
import type { FeatureName } from './labels';

/**
 * The named features among `ids` (in their order) whose layer is on: a feature whose layer the reader
 * turned off is not named over an empty map. Each is named where the camera keeps it clear of the
 * panels (geo/anchors.ts): beside a point's marker, at a polygon's label point, at a line's middle
 * (on the airlift's curve, as CstoLayer draws it).
 */
export function featureNames(
	ids: ReadonlySet<string>,
	datasets: Datasets,
	visible: Readonly<Record<LayerName, boolean>>
): FeatureName[] {
	const found = new Map<string, FeatureName>();
	for (const entry of DATASETS) {
		if (!visible[entry.id]) continue;
		for (const f of featuresOf(datasets, entry)) {
			const { id, name, kind } = f.properties as { id: string; name?: unknown; kind?: unknown };
			if (!ids.has(id) || typeof name !== 'string' || !name || !f.geometry) continue;
			const anchors = anchorsOf(f.geometry, { curved: kind === 'airlift' });
			const at = anchors.find((a) => a.role !== 'start' && a.role !== 'end');
			if (at) found.set(id, { id, name, lngLat: at.position, marker: at.role === 'point' });
		}
	}
	return [...ids].flatMap((id) => found.get(id) ?? []);
}
