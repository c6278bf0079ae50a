import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { featuresInRegions } from '$lib/geo/contains';
import { AREAS, DATASETS } from '$lib/datasets';
import { featuresOf, type Datasets } from './load';
import type { AnyProps } from './types';

/**
 * Region id → the sites, events, assets and pipelines inside it. Airlift arcs are left out: their
 * straight origin→destination lines are not flight paths, so "crossing" a region means nothing.
 */
export function regionContents(d: Datasets): Map<string, AnyProps[]> {
	const areas = AREAS && d.layers[AREAS.id];
	if (!areas?.ok) return new Map();
	const others: Feature<Geometry, AnyProps>[] = DATASETS.filter((e) => e.listedInAreas).flatMap((e) =>
		featuresOf(d, e).filter((f) => f.properties.kind !== 'airlift')
	);
	return featuresInRegions(areas.data as FeatureCollection<Polygon | MultiPolygon | Point, AnyProps>, others);
}
