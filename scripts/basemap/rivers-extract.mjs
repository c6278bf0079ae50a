// Extracts the rivers the article's reader finds their way by from Natural Earth's 1:10m
// `rivers_lake_centerlines` into geodata/src/ne-rivers.geojson, unclipped and at full precision, so
// `npm run geodata` rebuilds the basemap from a committed input without the 12 MB source file.
//
// Source: https://github.com/martynafford/natural-earth-geojson (CC0 conversion of Natural Earth,
// public domain), commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, file
// 10m/physical/ne_10m_rivers_lake_centerlines.7z (extract with `7z x`, Debian's p7zip-full).
// Usage: node scripts/basemap/rivers-extract.mjs /path/to/ne_10m_rivers_lake_centerlines.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const input = process.argv[2];
if (!input) throw new Error('usage: rivers-extract.mjs <ne_10m_rivers_lake_centerlines.json>');

// Natural Earth's names → the names the map uses. NE spells the Syr and Amu Darya with two spaces,
// and names the Ili by its Kazakh name, Ile (rivernum 421: from China into Lake Balkhash).
const NAMES = {
	Ural: 'Ural',
	Volga: 'Volga',
	Irtysh: 'Irtysh',
	Ishim: 'Ishim',
	Tobol: 'Tobol',
	'Syr  Darya': 'Syr Darya',
	'Amu  Darya': 'Amu Darya',
	Ile: 'Ili'
};

const src = JSON.parse(readFileSync(input, 'utf8'));
const features = src.features
	// Rivers and their lake centre lines both: without the latter the Volga and the Ili break at
	// their reservoirs (Kuybyshev, Kapchagay).
	.filter((f) => f.geometry && Object.hasOwn(NAMES, f.properties.name))
	.map((f) => ({
		type: 'Feature',
		properties: {
			name: NAMES[f.properties.name],
			ne_name: f.properties.name,
			ne_rivernum: f.properties.rivernum,
			ne_featurecla: f.properties.featurecla,
			ne_scalerank: f.properties.scalerank
		},
		geometry: f.geometry
	}))
	.sort(
		(a, b) =>
			a.properties.ne_rivernum - b.properties.ne_rivernum ||
			a.properties.ne_featurecla.localeCompare(b.properties.ne_featurecla)
	);
const out = {
	type: 'FeatureCollection',
	source:
		'Natural Earth 1:10m rivers_lake_centerlines (public domain), via github.com/martynafford/natural-earth-geojson @ 0b9a6ce (CC0)',
	features
};
const file = join(root, 'geodata', 'src', 'ne-rivers.geojson');
writeFileSync(
	file,
	'{"type":"FeatureCollection","source":' +
		JSON.stringify(out.source) +
		',"features":[\n' +
		features.map((f) => JSON.stringify(f)).join(',\n') +
		'\n]}\n'
);
console.log(`${file}: ${features.length} features`);
