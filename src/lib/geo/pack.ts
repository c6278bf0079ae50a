// Build time only (the Vite plugin in vite.config.ts and the tests): GeoJSON → a quantised TopoJSON
// whose grid step is the source's own precision, so unpack() gives back the very same coordinates.
// Regions share every inner border, so as arcs each border is stored once instead of twice.
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { PACK_OBJECT, type Packed } from './unpack';

/**
 * `decimals`: the most decimals any coordinate of the file has (4 for geodata/, 3 for the basemap).
 * Throws if a coordinate has more, since the grid would then move it.
 */
export function pack(fc: FeatureCollection, decimals: number): Packed {
	const step = 10 ** -decimals;
	checkPrecision(fc, decimals);
	const { type, features, ...members } = fc;
	void type;
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const topo = topology({ [PACK_OBJECT]: collection });
	// The grid's origin sits on the grid too (a multiple of the step), or every point would shift.
	const bbox = topo.bbox ?? [0, 0, 0, 0];
	const translate: [number, number] = [
		Math.floor(bbox[0] / step) * step,
		Math.floor(bbox[1] / step) * step
	].map((v) => Number(v.toFixed(decimals))) as [number, number];
	const quantised = quantize(topo as Parameters<typeof quantize>[0], { scale: [step, step], translate });
	delete quantised.bbox;
	return { ...quantised, decimals, members } as Packed;
}

function checkPrecision(fc: FeatureCollection, decimals: number) {
	const k = 10 ** decimals;
	const walk = (c: unknown, where: string): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			for (const v of c as number[])
				if (Math.abs(Math.round(v * k) / k - v) > 1e-9)
					throw new Error(`${where}: coordinate ${v} has more than ${decimals} decimals`);
		} else if (Array.isArray(c)) c.forEach((x) => walk(x, where));
	};
	for (const f of fc.features) {
		const g = f.geometry;
		if (!g) continue;
		if (g.type === 'GeometryCollection')
			g.geometries.forEach((x) => walk('coordinates' in x ? x.coordinates : [], String(f.id)));
		else walk(g.coordinates, String(f.id ?? f.properties?.id));
	}
}
