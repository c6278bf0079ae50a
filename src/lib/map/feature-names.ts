// The names of the features the active passage (or phrase) is about, for the label engine: where each
// is named and with which words. The words are the feature's own `name` from geodata/ (context
// deployments carry their year there: "Crimea (Simferopol), 2014"); nothing is added to them.
import type { Geometry, Position } from 'geojson';
import polylabel from 'polylabel';
import { DATASETS } from '$lib/datasets';
import { featuresOf, type Datasets, type LayerName } from '$lib/data/load';
import type { FeatureName } from './labels';

/**
 * The named features among `ids` (in their order) whose layer is on: a feature whose layer the reader
 * turned off is not named over an empty map.
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
			const { id, name } = f.properties as { id: string; name?: unknown };
			if (!ids.has(id) || typeof name !== 'string' || !name || !f.geometry) continue;
			const at = anchor(f.geometry);
			if (at) found.set(id, { id, name, ...at });
		}
	}
	return [...ids].flatMap((id) => found.get(id) ?? []);
}

/**
 * A point is named beside its marker; a polygon at its pole of inaccessibility (polylabel: the point
 * inside it farthest from its edges, where a name sits best), on its largest part; a line at its
 * middle vertex.
 */
export function anchor(g: Geometry): { lngLat: [number, number]; marker: boolean } | null {
	switch (g.type) {
		case 'Point':
			return { lngLat: pair(g.coordinates), marker: true };
		case 'LineString':
			return { lngLat: pair(g.coordinates[Math.floor(g.coordinates.length / 2)]!), marker: false };
		case 'MultiLineString': {
			const longest = [...g.coordinates].sort((a, b) => b.length - a.length)[0];
			return longest ? { lngLat: pair(longest[Math.floor(longest.length / 2)]!), marker: false } : null;
		}
		case 'Polygon':
			return { lngLat: pair(polylabel(g.coordinates, 0.01)), marker: false };
		case 'MultiPolygon': {
			// The largest part by its outer ring's bounding box: where a name has most room.
			const largest = [...g.coordinates].sort((a, b) => extent(b[0]!) - extent(a[0]!))[0];
			return largest ? { lngLat: pair(polylabel(largest, 0.01)), marker: false } : null;
		}
		default:
			return null;
	}
}

const pair = (p: Position | number[]): [number, number] => [p[0]!, p[1]!];

function extent(ring: Position[]): number {
	const xs = ring.map((p) => p[0]!);
	const ys = ring.map((p) => p[1]!);
	return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}
