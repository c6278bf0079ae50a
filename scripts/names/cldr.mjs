// Writes the Unicode CLDR names into geodata/names.json: the Kazakh and Russian names of the
// basemap's labelled countries (territory display names) and of its cities that CLDR names as a
// time zone's exemplar city (Moscow, Tashkent, Omsk…). CLDR is the Unicode Consortium's locale data,
// reviewed by native speakers per locale; it is the one published set that has Kazakh names for
// foreign places at all, and it ships on npm, so the names are read from the package, not typed.
// Names from CLDR are regenerated here; every other name in the file is curated by hand and kept.
// A CLDR name the entry already has in that language (from a hand-read page) is not added twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(here, 'package.json'));
const VERSION = require('cldr-dates-full/package.json').version;
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const zones = (lang) =>
	require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;
const territories = (lang) =>
	require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
const alpha2 = Object.fromEntries(
	Object.entries(require('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings)
		.filter(([, m]) => m._alpha3)
		.map(([a2, m]) => [m._alpha3, a2])
);

/** Folded for matching a basemap name with CLDR's English exemplar city ("Ürümqi", "Kyiv"). */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** zone id → its exemplar city per language; English falls back to the id, as CLDR specifies. */
function exemplars() {
	const en = zones('en');
	const kk = zones('kk');
	const ru = zones('ru');
	const out = [];
	for (const [area, cities] of Object.entries(kk))
		for (const [city, v] of Object.entries(cities)) {
			if (!v.exemplarCity || typeof v.exemplarCity !== 'string') continue;
			const english = en[area]?.[city]?.exemplarCity ?? city.replace(/_/g, ' ');
			out.push({
				zone: `${area}/${city}`,
				en: english,
				kk: v.exemplarCity,
				ru: ru[area]?.[city]?.exemplarCity
			});
		}
	return out;
}

const url = (pkg, lang, file) =>
	`https://github.com/unicode-org/cldr-json/blob/${VERSION}/cldr-json/${pkg}/main/${lang}/${file}`;
const SOURCES = {
	'cldr-kk-zones': {
		url: url('cldr-dates-full', 'kk', 'timeZoneNames.json'),
		cited_for: `Kazakh names of the basemap's cities that are time-zone exemplar cities (Unicode CLDR ${VERSION}, as shipped in the npm package cldr-dates-full ${VERSION})`
	},
	'cldr-ru-zones': {
		url: url('cldr-dates-full', 'ru', 'timeZoneNames.json'),
		cited_for: `Russian names of the basemap's cities that are time-zone exemplar cities (Unicode CLDR ${VERSION}, npm cldr-dates-full ${VERSION})`
	},
	'cldr-kk-territories': {
		url: url('cldr-localenames-full', 'kk', 'territories.json'),
		cited_for: `Kazakh names of the basemap's countries (Unicode CLDR ${VERSION}, npm cldr-localenames-full ${VERSION})`
	},
	'cldr-ru-territories': {
		url: url('cldr-localenames-full', 'ru', 'territories.json'),
		cited_for: `Russian names of the basemap's countries (Unicode CLDR ${VERSION}, npm cldr-localenames-full ${VERSION})`
	}
};

const basemap = readJson(join(root, 'geodata/basemap/basemap.geojson'));
const namesPath = join(root, 'geodata/names.json');
const names = readJson(namesPath);

/** target → [{ text, lang, source }] from CLDR. */
const found = new Map();
const add = (target, text, lang, source) => {
	if (!text) return;
	if (!found.has(target)) found.set(target, []);
	found.get(target).push({ text, lang, type: 'current', source });
};
const byName = new Map();
// Basemap names that are not CLDR's English exemplar but are that zone's city by its id.
const ZONE_OF = { aktobe: 'Asia/Aqtobe' };
const zoneList = exemplars();
for (const e of zoneList) {
	const k = fold(e.en);
	// Two zones with one exemplar name would make the match a guess: neither is used.
	byName.set(k, byName.has(k) ? null : e);
}
const unmatched = [];
for (const { properties: p } of basemap.features) {
	if (p.layer === 'city') {
		const e = ZONE_OF[fold(p.name)]
			? zoneList.find((z) => z.zone === ZONE_OF[fold(p.name)])
			: byName.get(fold(p.name));
		if (!e) {
			unmatched.push(p.name);
			continue;
		}
		add(`city:${p.geonames_id}`, e.kk, 'kk', 'cldr-kk-zones');
		add(`city:${p.geonames_id}`, e.ru, 'ru', 'cldr-ru-zones');
	} else if (p.layer === 'country-label') {
		const a2 = alpha2[p.iso3];
		if (!a2) throw new Error(`no ISO alpha-2 code in CLDR for ${p.iso3}`);
		add(`country:${p.iso3}`, territories('kk')[a2], 'kk', 'cldr-kk-territories');
		add(`country:${p.iso3}`, territories('ru')[a2], 'ru', 'cldr-ru-territories');
	}
}

// Regenerate: drop what CLDR gave last time, keep everything read by hand.
for (const e of names.entries) e.names = e.names.filter((n) => !n.source.startsWith('cldr-'));
for (const [target, list] of found) {
	let entry = names.entries.find((e) => e.target === target);
	if (!entry) names.entries.push((entry = { target, names: [] }));
	for (const n of list)
		if (!entry.names.some((m) => m.text === n.text && m.lang === n.lang && m.type === 'current'))
			entry.names.push(n);
}
names.entries = names.entries.filter((e) => e.names.length);
for (const k of Object.keys(names.sources)) if (k.startsWith('cldr-')) delete names.sources[k];
Object.assign(names.sources, SOURCES);
writeFileSync(namesPath, JSON.stringify(names, null, '\t') + '\n');
const added = [...found.values()].reduce((n, l) => n + l.length, 0);
console.log(
	`names.json: ${found.size} places with CLDR names (${added} names); no exemplar city for ${unmatched.length} cities`
);
console.log(`  without: ${unmatched.join(', ')}`);
