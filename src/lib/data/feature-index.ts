import type { Geometry } from 'geojson';
import { DATASETS } from '$lib/datasets';
import { featuresOf, type Datasets } from './load';
import type { AnyProps } from './types';

/** id → properties over every dataset that loaded: built once per load, used by details, search and links. */
export function indexFeatures(d: Datasets): Map<string, AnyProps> {
	const index = new Map<string, AnyProps>();
	for (const entry of DATASETS)
		for (const f of featuresOf(d, entry)) index.set(f.properties.id, f.properties);
	return index;
}

/** id → geometry, for fitting the camera to what a passage or phrase is about. */
export function indexGeometries(d: Datasets): Map<string, Geometry> {
	const index = new Map<string, Geometry>();
	for (const entry of DATASETS) for (const f of featuresOf(d, entry)) index.set(f.properties.id, f.geometry);
	return index;
}
