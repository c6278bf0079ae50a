// Writes scripts/names/geonames-kk.tsv: GeoNames' Kazakh (isolanguage `kk`) names of the basemap's
// cities, read from the one copy of GeoNames' per-language names found for this project: the
// `geonames.mo` catalogue for `kk` in Debian's libgeonames-common package (UBports' libgeonames, which
// compiles GeoNames' cities15000 and alternate names into one gettext catalogue per language, the
// msgid a GeoNames id). The table is committed so that `npm run geodata` reads a pinned, reviewable
// file and never the network or this machine's package cache.
//
//   apt-get download libgeonames-common && dpkg-deb -x libgeonames-common_*_all.deb deb
//   node scripts/names/geonames-table.mjs deb/usr/share/locale/kk/LC_MESSAGES/geonames.mo
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const [moPath] = process.argv.slice(2);
if (!moPath) throw new Error('usage: node scripts/names/geonames-table.mjs <kk/LC_MESSAGES/geonames.mo>');

/** msgid → msgstr of a GNU gettext .mo file (either byte order; no plural forms in this catalogue). */
function readMo(buf) {
	const magic = buf.readUInt32LE(0);
	const u32 =
		magic === 0x950412de
			? (o) => buf.readUInt32LE(o)
			: magic === 0xde120495
				? (o) => buf.readUInt32BE(o)
				: null;
	if (!u32) throw new Error(`${moPath}: not a gettext .mo file`);
	const count = u32(8);
	const ids = u32(12);
	const strs = u32(16);
	const at = (table, i) =>
		buf.toString('utf8', u32(table + 8 * i + 4), u32(table + 8 * i + 4) + u32(table + 8 * i));
	const out = new Map();
	for (let i = 0; i < count; i++) out.set(at(ids, i), at(strs, i));
	return out;
}

const catalogue = readMo(readFileSync(moPath));
const basemap = JSON.parse(readFileSync(join(root, 'geodata/basemap/basemap.geojson'), 'utf8'));
const rows = basemap.features
	.filter((f) => f.properties.layer === 'city' && catalogue.has(String(f.properties.geonames_id)))
	.map((f) => [f.properties.geonames_id, catalogue.get(String(f.properties.geonames_id))])
	.sort((a, b) => a[0] - b[0]);
const header = [
	'# GeoNames (https://www.geonames.org, CC BY 4.0): the Kazakh name (alternate name with isolanguage kk)',
	"# of each basemap city that has one, one per place and language as UBports' libgeonames 0.3.0",
	"# compiled them. Read from usr/share/locale/kk/LC_MESSAGES/geonames.mo in Debian 12's package",
	'# libgeonames-common 0.3.0-1 (https://packages.debian.org/bookworm/libgeonames-common), the file',
	'# libgeonames-common_0.3.0-1_all.deb with SHA-256',
	'# 6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930, on 2026-12-02, by',
	'# scripts/names/geonames-table.mjs. Columns: geonames_id, name.'
];
writeFileSync(join(here, 'geonames-kk.tsv'), [...header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`geonames-kk.tsv: ${rows.length} of the basemap's cities have a kk name in ${moPath}`);
