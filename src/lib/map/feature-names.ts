// The names of the features the active passage (or phrase) is about, for the label engine: where each
// is named and with which words. The words are the feature's own from geodata/: its `label`, a
// shortening of its name for the map, or its `name` (context deployments carry their year there:
// "Crimea (Simferopol), 2014"); nothing is added to them.
import { DATASETS } from '$lib/datasets';
import { featuresOf, type Datasets, type LayerName } from '$lib/data/load';
import area from '@turf/area';
import { namePoints } from '$lib/geo/anchors';
import type { FeatureName } from './labels';

/**
 * The named features among `ids` whose layer is on: a feature whose layer the reader
 * turned off is not named over an empty map. Each is named where the camera keeps it clear of the
 * panels (geo/anchors.ts): beside a point's marker, at a polygon's label point, at a line's middle
 * (on the airlift's curve, as CstoLayer draws it) or, where that is crowded, farther along the line.
 */
export function featureNames(
	ids: ReadonlySet<string>,
	datasets: Datasets,
	visible: Readonly<Record<LayerName, boolean>>
): FeatureName[] {
	const found = new Map<string, FeatureName & { area: number }>();
	for (const entry of DATASETS) {
		if (!visible[entry.id]) continue;
		for (const f of featuresOf(datasets, entry)) {
			const { id, kind, ...p } = f.properties as {
				id: string;
				name?: unknown;
				label?: unknown;
				kind?: unknown;
			};
			// The map's short name where the data gives one (Almaty CHP-1), else the name itself.
			const name = typeof p.label === 'string' && p.label ? p.label : p.name;
			if (!ids.has(id) || typeof name !== 'string' || !name || !f.geometry) continue;
			const [at, ...alternatives] = namePoints(f.geometry, { curved: kind === 'airlift' });
			const marker = f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';
			// -1 for a line; a region's area in m².
			const polygonal = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
			const size = polygonal ? area(f) : -1;
			if (at) found.set(id, { id, name, lngLat: at, alternatives, marker, area: size });
		}
	}
	// Placed in this order, each taking the first room it finds: points first (their names must stay
	// beside their markers), then lines, then regions from the smallest (a small region has few
	// places for its name; the north's outline, around six regions, has the most).
	const rank = (f: FeatureName & { area: number }) => (f.marker ? -2 : f.area < 0 ? -1 : f.area);
	return [...ids]
		.flatMap((id) => found.get(id) ?? [])
		.map((f, i) => ({ f, i }))
		.sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
		.map(({ f: { area: _area, ...f } }) => f);
}
