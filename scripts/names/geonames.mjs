// Writes GeoNames' Kazakh names into geodata/names.json for the basemap's cities that have no Kazakh
// name from any other source (CLDR or a page read by hand): Kazan, Ufa, Chelyabinsk, Delhi, Ankara…
// The basemap's cities are GeoNames records, so GeoNames' own alternate name in `kk` is the name of
// exactly that place. Read from the pinned table scripts/names/geonames-kk.tsv (see its header and
// scripts/names/geonames-table.mjs). Names in Latin letters (GeoNames also files transliterations
// such as "Qarağandı" under `kk`) are not taken: `kk` here means Kazakh in Cyrillic.
// Runs after cldr.mjs; it replaces only the names it wrote (`source: geonames-*`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const READ = '2026-12-02';
// The package (libgeonames-common 0.3.0-1, Debian 12) whose kk catalogue the table was read from.
const VIA = 'https://packages.debian.org/bookworm/libgeonames-common';
const CYRILLIC = /^(?=.*\p{Script=Cyrillic})[\p{Script=Cyrillic}\s\-–'’.]+$/u;

const table = new Map(
	readFileSync(join(here, 'geonames-kk.tsv'), 'utf8')
		.split('\n')
		.filter((l) => l && !l.startsWith('#'))
		.map((l) => l.split('\t'))
		.map(([id, name]) => [Number(id), name])
);
const basemap = readJson(join(root, 'geodata/basemap/basemap.geojson'));
const namesPath = join(root, 'geodata/names.json');
const names = readJson(namesPath);

// Regenerate: drop what this script wrote last time.
for (const e of names.entries) e.names = e.names.filter((n) => !n.source.startsWith('geonames-'));
names.entries = names.entries.filter((e) => e.names.length);
for (const k of Object.keys(names.sources)) if (k.startsWith('geonames-')) delete names.sources[k];

const added = [];
const latin = [];
for (const { properties: p } of basemap.features) {
	if (p.layer !== 'city' || !table.has(p.geonames_id)) continue;
	const target = `city:${p.geonames_id}`;
	let entry = names.entries.find((e) => e.target === target);
	if (entry?.names.some((n) => n.lang === 'kk')) continue;
	const text = table.get(p.geonames_id);
	if (!CYRILLIC.test(text)) {
		latin.push(`${p.name} (${text})`);
		continue;
	}
	const source = `geonames-${p.geonames_id}`;
	names.sources[source] = {
		url: `https://www.geonames.org/${p.geonames_id}`,
		cited_for: `Kazakh alternate name (isolanguage kk) of ${p.name}: ${text} (GeoNames record ${p.geonames_id}, the basemap's own city)`,
		via: { url: VIA, read: READ }
	};
	if (!entry) names.entries.push((entry = { target, names: [] }));
	entry.names.push({ text, lang: 'kk', type: 'current', source });
	added.push(p.name);
}
writeFileSync(namesPath, JSON.stringify(names, null, '\t') + '\n');
console.log(
	`names.json: GeoNames Kazakh names for ${added.length} cities without another: ${added.join(', ')}`
);
if (latin.length) console.log(`  not taken (Latin letters): ${latin.join(', ')}`);
