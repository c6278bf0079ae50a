import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * A feature as the app holds it, whether the browser validated it (validate.ts, parseDataset) or
 * the build did (data/load.ts, trustedCollection): its geometry's type and coordinates, its
 * properties, and its id when it has one. One home for the shape, so both paths give the same data.
 */
export function drawnFeature(
	geometry: Geometry,
	properties: unknown,
	id: unknown
): Feature<Geometry, unknown> {
	const { type, coordinates } = geometry as Geometry & { coordinates: unknown };
	const feature = {
		type: 'Feature',
		geometry: { type, coordinates } as Geometry,
		properties
	} as Feature<Geometry, unknown>;
	if (typeof id === 'string' || typeof id === 'number') feature.id = id;
	return feature;
}

/**
 * A collection whose bytes the build validated (their SHA-256 matched the built file's): the shape
 * parseDataset would return, without checking again.
 */
export function trustedCollection(data: unknown): FeatureCollection<Geometry, unknown> {
	const features = (data as { features: Feature[] }).features.map((f) =>
		drawnFeature(f.geometry, f.properties, f.id)
	);
	return { type: 'FeatureCollection', features };
}
