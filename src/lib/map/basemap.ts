import type { FeatureCollection, Point } from 'geojson';
import basemapUrl from '../../../geodata/basemap/basemap.geojson?packed';
import lateUrl from '../../../geodata/basemap/late.geojson?packed';
import { unpack } from '../geo/unpack';

/** Preloaded by MapView's <svelte:head>: the map waits for it before it can be created. */
export { basemapUrl };

export type BasemapLabel = {
	kind: 'city' | 'country-label';
	name: string;
	/** 1 is the most important; lower ranks win where labels would overlap. */
	rank: number;
	capital: boolean;
	lngLat: [number, number];
};

const pending = new Map<string, Promise<FeatureCollection>>();

/** One download per file, shared by every caller; a failed one may be retried by the next caller. */
function load(url: string, what: string): Promise<FeatureCollection> {
	let p = pending.get(url);
	if (!p) {
		p = fetch(url)
			.then((res) => {
				if (!res.ok) throw new Error(`the ${what} could not be loaded (HTTP ${res.status})`);
				return res.json();
			})
			.then((json) => unpack(json) as FeatureCollection);
		pending.set(url, p);
		// e.g. after the network comes back.
		p.catch(() => pending.delete(url));
	}
	return p;
}

/**
 * The embedded basemap's regional detail (countries, lakes, cities, country labels), fetched once as
 * TopoJSON and decoded here, then handed to MapLibre as data: the live map and the export share one copy.
 */
export function loadBasemap(): Promise<FeatureCollection> {
	return load(basemapUrl, 'basemap');
}

/**
 * The rest of the basemap: the low-detail world outside the detail and the rivers (style.ts addLate).
 * Not in the first view: the live map asks for it once it is ready, the export before it renders.
 */
export function loadLate(): Promise<FeatureCollection> {
	return load(lateUrl, 'world basemap');
}

/** The basemap's place names, for the map's HTML label layer (MapLabels.svelte). */
export function basemapLabels(fc: FeatureCollection): BasemapLabel[] {
	const out: BasemapLabel[] = [];
	for (const f of fc.features) {
		const p = f.properties ?? {};
		if ((p.layer !== 'city' && p.layer !== 'country-label') || f.geometry?.type !== 'Point') continue;
		const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
		out.push({
			kind: p.layer,
			name: String(p.name),
			rank: Number(p.rank) || 99,
			capital: Boolean(p.capital),
			lngLat: [lng, lat]
		});
	}
	return out;
}
