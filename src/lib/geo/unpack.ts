// Run time: the packed TopoJSON files that the build emits (pack.ts) back to the GeoJSON that the
// validators and layers expect. Anything that is not a packed topology passes through untouched, so
// a file that arrives as plain (or broken) GeoJSON still meets the validator and its messages.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export const PACK_OBJECT = 'data';

export type Packed = Topology<{ [PACK_OBJECT]: GeometryCollection }> & {
	/** Decimals of the source coordinates: decoding rounds back to exactly these. */
	decimals: number;
	/** The FeatureCollection's other top-level members (sources, gaps, notes), kept as they were. */
	members: Record<string, unknown>;
};

export function isPacked(x: unknown): x is Packed {
	const t = x as Partial<Packed> | null;
	return (
		typeof t === 'object' &&
		t !== null &&
		t.type === 'Topology' &&
		typeof t.decimals === 'number' &&
		typeof t.objects?.[PACK_OBJECT] === 'object'
	);
}

export function unpack(x: unknown): unknown {
	if (!isPacked(x)) return x;
	const k = 10 ** x.decimals;
	const round = (c: unknown): unknown =>
		typeof (c as unknown[])[0] === 'number'
			? (c as number[]).map((v) => Math.round(v * k) / k)
			: (c as unknown[]).map(round);
	const fc = feature(x, x.objects[PACK_OBJECT]) as FeatureCollection;
	const features = fc.features.map((f): Feature => {
		const g = f.geometry as Geometry | null;
		const geometry =
			g && g.type !== 'GeometryCollection' ? ({ ...g, coordinates: round(g.coordinates) } as Geometry) : g;
		return {
			type: 'Feature',
			...(f.id !== undefined && { id: f.id }),
			properties: f.properties,
			geometry
		} as Feature;
	});
	return { type: 'FeatureCollection', ...x.members, features };
}
