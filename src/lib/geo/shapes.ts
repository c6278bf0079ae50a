import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { PACK_OBJECT, type Packed } from './unpack';
import { byDetail, topologyByDetail, type ByDetail } from './simplify';

/** A collection's polygons and their borders at each detail level (simplify.ts). */
export type Shapes<C> = {
	/** The collection's polygons at a level (its other features left out: they are drawn as dots). */
	areas: ByDetail<C>;
	/** Every border at a level, each once: the border two regions share is one line, not two. */
	borders: ByDetail<Position[][]>;
};

const polygonal = (g: Geometry | null | undefined) => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/**
 * The collection's areas and borders per detail level, from the TopoJSON it travelled as (its
 * `topology`, as load.ts keeps it): both are made from one level's arcs, so a fill meets its border
 * and its neighbours' fills exactly. Borders are topojson-client's `mesh` of every arc once (the map
 * draws the outer border too). Features keep their own objects' properties (picking reads them).
 *
 * Without a topology that matches the collection (a file that arrived as plain GeoJSON), every level
 * is the collection as given and the borders are its rings, shared ones twice: what it looks like
 * stays right; it only costs more vertices.
 */
export function shapesByDetail<C extends FeatureCollection>(collection: C, topology?: Packed): Shapes<C> {
	const features = collection.features;
	const geometries = topology?.objects[PACK_OBJECT].geometries;
	const matches =
		geometries?.length === features.length &&
		geometries.every(
			(g, i) =>
				g.type === features[i]!.geometry?.type &&
				(g.properties as { id?: unknown } | undefined)?.id ===
					(features[i]!.properties as { id?: unknown } | null)?.id
		);
	if (!topology || !geometries || !matches) return asGiven(collection);

	const arcs = topologyByDetail(topology, topology.decimals);
	return {
		areas: byDetail((_, level) => {
			const t = arcs(level);
			const areas: Feature[] = [];
			features.forEach((f, i) => {
				if (!polygonal(f.geometry)) return;
				const { geometry } = feature(t, geometries[i] as GeometryObject) as Feature;
				areas.push({ ...f, geometry });
			});
			return { ...collection, features: areas };
		}),
		borders: byDetail((_, level) => {
			const t = arcs(level);
			return mesh(t, t.objects[PACK_OBJECT]).coordinates;
		})
	};
}

function asGiven<C extends FeatureCollection>(collection: C): Shapes<C> {
	const areas = { ...collection, features: collection.features.filter((f) => polygonal(f.geometry)) };
	const rings = areas.features.flatMap((f) =>
		f.geometry.type === 'Polygon'
			? f.geometry.coordinates
			: f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates.flat()
				: []
	);
	return { areas: byDetail(() => areas), borders: byDetail(() => rings) };
}
