import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { featuresInRegions } from '$lib/geo/contains';
import type { Datasets } from './load';
import type { AnyProps } from './types';

/**
 * Region id → the sites, events, assets and pipelines inside it. Airlift arcs are left out: their
 * straight origin→destination lines are not flight paths, so "crossing" a region means nothing.
 */
export function regionContents(d: Datasets): Map<string, AnyProps[]> {
	if (!d.regions.ok) return new Map();
	const others: Feature<Geometry, AnyProps>[] = [];
	for (const ds of [d.csto, d.unrest, d.energy, d.military]) {
		if (!ds.ok) continue;
		for (const f of ds.data.features) if (f.properties.kind !== 'airlift') others.push(f);
	}
	return featuresInRegions(
		d.regions.data as FeatureCollection<Polygon | MultiPolygon | Point, AnyProps>,
		others
	);
}
