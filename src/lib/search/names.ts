import { classifyUrl, isOriginal } from '$lib/sources/policy';

/*
 * geodata/names.json: the names readers type that the features and the basemap do not carry
 * (former names, other scripts, other spellings), each with its source. Validated here, once, by the
 * unit test over the real file and by the search index when it loads (a bad entry is dropped, not
 * searched).
 */

export type NameLang = 'en' | 'kk' | 'ru' | 'kk-Latn' | 'ru-Latn';
/** `current`: in use in January 2022; `former`: before it; `later`: given after January 2022. */
export type NameType = 'current' | 'former' | 'later' | 'variant';
export type NameRecord = { text: string; lang: NameLang; type: NameType; years?: string; source: string };
export type NameSource = { url: string; cited_for: string; via?: { url: string; read: string } };
/** `city:<GeoNames id>` and `country:<ISO3>` are basemap places; `feature:<id>` is a geodata feature. */
export type NamesEntry = { target: string; of?: string; names: NameRecord[] };
export type NamesFile = {
	about: string;
	read: string;
	sources: Record<string, NameSource>;
	entries: NamesEntry[];
};

const LANGS: readonly NameLang[] = ['en', 'kk', 'ru', 'kk-Latn', 'ru-Latn'];
const TYPES: readonly NameType[] = ['current', 'former', 'later', 'variant'];
// Digits belong to no script: a plant's number is part of its name in either (ЖЭО-2, CHP-2). But a
// name has at least one letter of its script.
const CYRILLIC = /^(?=.*\p{Script=Cyrillic})[\p{Script=Cyrillic}\d\s\-–'’.]+$/u;
const LATIN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\d\s\-–'’.]+$/u;
const TARGET = /^(city:\d+|country:[A-Z]{3}|feature:[A-Za-z0-9-]+)$/;

const isObj = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every rule the names file must keep, as "where: what" messages; empty when it is valid.
 * `targets` are the ids that exist (features and basemap places): a name for nothing is an error.
 */
export function checkNames(data: unknown, targets: ReadonlySet<string>): string[] {
	const errors: string[] = [];
	if (!isObj(data)) return ['names.json: not an object'];
	const sources = isObj(data.sources) ? data.sources : {};
	if (!isObj(data.sources)) errors.push('names.json: `sources` must be an object');
	for (const [key, s] of Object.entries(sources)) {
		if (!isObj(s) || typeof s.url !== 'string' || typeof s.cited_for !== 'string' || !s.cited_for) {
			errors.push(`sources.${key}: needs url and cited_for`);
			continue;
		}
		if (!isOriginal(classifyUrl(s.url)))
			errors.push(`sources.${key}: ${s.url} is not an original publisher under the source policy`);
		if (s.via !== undefined) {
			const via = s.via as Record<string, unknown>;
			if (!isObj(s.via) || typeof via.url !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(String(via.read)))
				errors.push(`sources.${key}: via needs url and read (YYYY-MM-DD)`);
			else if (classifyUrl(via.url)?.class !== 'copy')
				errors.push(`sources.${key}: via ${via.url} must be a host the policy classes as a copy`);
		}
	}
	const used = new Set<string>();
	const seenTargets = new Set<string>();
	const entries = Array.isArray(data.entries) ? data.entries : [];
	if (!Array.isArray(data.entries)) errors.push('names.json: `entries` must be an array');
	entries.forEach((e: unknown, i) => {
		if (!isObj(e) || typeof e.target !== 'string' || !Array.isArray(e.names)) {
			errors.push(`entries[${i}]: needs target and names`);
			return;
		}
		const where = `entries[${i}] (${e.target})`;
		if (!TARGET.test(e.target))
			errors.push(`${where}: target must be city:<id>, country:<ISO3> or feature:<id>`);
		else if (!targets.has(e.target)) errors.push(`${where}: no such feature or basemap place`);
		if (seenTargets.has(e.target)) errors.push(`${where}: target listed twice`);
		seenTargets.add(e.target);
		const texts = new Set<string>();
		e.names.forEach((n: unknown, j) => {
			const at = `${where} names[${j}]`;
			if (!isObj(n) || typeof n.text !== 'string' || !n.text.trim()) return errors.push(`${at}: needs text`);
			if (!LANGS.includes(n.lang as NameLang)) errors.push(`${at}: lang must be one of ${LANGS.join(', ')}`);
			if (!TYPES.includes(n.type as NameType)) errors.push(`${at}: type must be one of ${TYPES.join(', ')}`);
			const cyr = n.lang === 'kk' || n.lang === 'ru';
			if (cyr ? !CYRILLIC.test(n.text) : !LATIN.test(n.text))
				errors.push(`${at}: "${n.text}" is not in the ${cyr ? 'Cyrillic' : 'Latin'} script its lang says`);
			if (typeof n.source !== 'string' || !(n.source in sources))
				errors.push(`${at}: source "${String(n.source)}" is not in sources`);
			else used.add(n.source);
			// One text may be both the Kazakh and the Russian name (Ташкент): once per language.
			const key = `${n.text}|${String(n.lang)}|${n.type}|${String(n.years ?? '')}`;
			if (texts.has(key)) errors.push(`${at}: "${n.text}" listed twice`);
			texts.add(key);
		});
	});
	for (const key of Object.keys(sources)) if (!used.has(key)) errors.push(`sources.${key}: cited by no name`);
	return errors;
}
