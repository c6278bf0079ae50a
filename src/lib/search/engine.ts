import MiniSearch from 'minisearch';
import { distanceKm } from './near';
import { fold, searchKey } from './translit';
import type { NameLang, NamesFile, NameType } from './names';

/*
 * The search index: every feature and every labelled basemap place as one searchable item, under
 * all its names. Loaded lazily (see load.ts): MiniSearch, the names file and the index are not
 * needed for the first view. MiniSearch gives prefix and typo matching over the loose Latin keys
 * (translit.ts); the ranking on top of it is ours, because the order readers expect is about which
 * name matched, not about term frequencies (docs/decisions/search-library.md).
 */

/** A basemap label: `city:<GeoNames id>` or `country:<ISO3>`. */
export type PlaceInput = {
	id: string;
	kind: 'city' | 'country';
	name: string;
	/** ISO 3166-1 alpha-2 for a city, from GeoNames. */
	country?: string;
	lngLat: [number, number];
};
export type FeatureInput = {
	id: string;
	kind: string;
	kindLabel: string;
	name: string;
	name_kk?: string;
	name_ru?: string;
	/** Where it is, for merging with a basemap place and for "near": a point, or a city's centre. */
	lngLat: [number, number] | null;
};
export type ItemName = {
	text: string;
	lang: NameLang;
	/** `name`: the label the map or the data shows. */
	type: 'name' | NameType;
	years?: string;
	/** Whose name it is when not the item's own ("the town of Baikonur" for the cosmodrome). */
	of?: string;
	/** From the brackets of the data's own name ("Oral (Uralsk)"). */
	bracket?: boolean;
	/** The key of geodata/names.json's `sources` it was read on; none for the data's own names. */
	source?: string;
	fold: string;
	key: string;
};
export type SearchItem = {
	key: string;
	label: string;
	/** Features first, in dataset order; choosing the item opens the first. */
	features: FeatureInput[];
	place: PlaceInput | null;
	names: ItemName[];
	lngLat: [number, number] | null;
	/** The region it lies in (with its feature id), or outside Kazakhstan the country. */
	where: Where | null;
};
export type Where = { id: string | null; name: string };
/** 0 exact name, 1 former (or later) name, 2 transliteration or other spelling, 3 typo. */
export type Tier = 0 | 1 | 2 | 3;
export type SearchHit = { item: SearchItem; name: ItemName; tier: Tier; note: string };

/** A feature and a basemap place are one place when they share a name and lie this close. */
const SAME_PLACE_KM = 30;
/** Longer input is cut: no place name is longer, and MiniSearch's fuzzy search grows with length. */
const MAX_QUERY = 64;

const LANG_LABEL: Record<NameLang, string> = {
	en: 'also',
	kk: 'Kazakh:',
	'kk-Latn': 'Kazakh:',
	ru: 'Russian:',
	'ru-Latn': 'Russian:'
};

function named(
	text: string,
	lang: NameLang,
	type: ItemName['type'],
	extra: Partial<ItemName> = {}
): ItemName {
	return { text, lang, type, fold: fold(text), key: searchKey(text), ...extra };
}

/**
 * "Oral (Uralsk)" is also "Oral", and "Uralsk" is another name of it: the data puts a second name
 * (a former name, an operator, a region) in brackets. The bracket counts as another spelling, so the
 * names file's "formerly Uralsk" explains the match when it has one.
 */
function aliases(name: string): ItemName[] {
	const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
	return m ? [named(m[1]!, 'en', 'name'), named(m[2]!, 'en', 'variant', { bracket: true })] : [];
}

function featureNames(f: FeatureInput): ItemName[] {
	const parts = aliases(f.name);
	const out = parts.length ? parts : [named(f.name, 'en', 'name')];
	if (f.name_kk) out.push(named(f.name_kk, 'kk', 'current'));
	if (f.name_ru) out.push(named(f.name_ru, 'ru', 'current'));
	return out;
}

/**
 * One item per basemap place, with the features that are the same place (same name, within
 * SAME_PLACE_KM: the Oral protest and the city of Oral), and one per remaining feature.
 */
export function buildItems(
	features: FeatureInput[],
	places: PlaceInput[],
	names: NamesFile,
	whereOf: (lngLat: [number, number], place: PlaceInput | null) => Where | null
): SearchItem[] {
	const extra = new Map<string, ItemName[]>();
	for (const e of names.entries)
		extra.set(
			e.target,
			e.names.map((n) => named(n.text, n.lang, n.type, { years: n.years, of: e.of, source: n.source }))
		);
	const taken = new Set<string>();
	const items: SearchItem[] = [];
	for (const place of places) {
		const own = [named(place.name, 'en', 'name'), ...(extra.get(place.id) ?? [])];
		const folds = new Set(own.map((n) => n.fold));
		const same = features.filter(
			(f) =>
				!taken.has(f.id) &&
				f.lngLat !== null &&
				distanceKm(f.lngLat, place.lngLat) <= SAME_PLACE_KM &&
				featureNames(f).some((n) => folds.has(n.fold))
		);
		for (const f of same) taken.add(f.id);
		const fnames = same.flatMap((f) => [...featureNames(f), ...(extra.get(`feature:${f.id}`) ?? [])]);
		items.push({
			key: place.id,
			label: same[0]?.name ?? place.name,
			features: same,
			place,
			names: dedupe([...fnames, ...own]),
			lngLat: place.lngLat,
			where: whereOf(place.lngLat, place)
		});
	}
	for (const f of features) {
		if (taken.has(f.id)) continue;
		items.push({
			key: `feature:${f.id}`,
			label: f.name,
			features: [f],
			place: null,
			names: dedupe([...featureNames(f), ...(extra.get(`feature:${f.id}`) ?? [])]),
			lngLat: f.lngLat,
			where: f.lngLat && f.kind !== 'region' && f.kind !== 'city' ? whereOf(f.lngLat, null) : null
		});
	}
	return items;
}

/** The same text under the same type once (a city's Kazakh and Russian names are often equal). */
function dedupe(names: ItemName[]): ItemName[] {
	const seen = new Set<string>();
	return names.filter((n) => {
		const k = `${n.fold}|${n.type === 'current' || n.type === 'name' ? 'now' : n.type}|${n.years ?? ''}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/**
 * 0: the text is the query; 1: it starts with it; 2: a later word does, or every word of the query
 * starts a word of the text ("almaty airport" in "Almaty International Airport"); -1: none of these.
 */
function closeness(text: string, query: string): number {
	if (text === query) return 0;
	if (text.startsWith(query)) return 1;
	if (text.includes(` ${query}`)) return 2;
	const words = text.split(' ');
	return query.split(' ').every((q) => words.some((w) => w.startsWith(q))) ? 2 : -1;
}

/** What the result line says about the name that matched ("formerly Uralsk (until 1991)"). */
export function matchNote(item: SearchItem, n: ItemName): string {
	const of = n.of ? `, ${n.of}` : '';
	const years = n.years ? ` (${n.years})` : '';
	switch (n.type) {
		case 'former':
			return `formerly ${n.text}${years}${of}`;
		case 'later':
			return `renamed ${n.text}${years}${of}`;
		case 'variant':
			return n.bracket ? `also ${n.text}` : `also spelled ${n.text}${of}`;
		default:
			// The label itself, or its first part ("Oral" of "Oral (Uralsk)"), needs no note.
			return fold(item.label).startsWith(n.fold) ? '' : `${LANG_LABEL[n.lang]} ${n.text}${of}`;
	}
}

export type SearchEngine = {
	items: SearchItem[];
	/** geodata/names.json's sources, for the details of a place. */
	sources: NamesFile['sources'];
	search: (query: string, limit?: number) => SearchHit[];
};

/** Typos forgiven by length: none in 1–3 letters (too many neighbours), one in 4–6, two from 7. */
const fuzzy = (term: string) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2);

export function createSearch(items: SearchItem[], sources: NamesFile['sources'] = {}): SearchEngine {
	const docs = items.flatMap((item, i) =>
		item.names.map((n, j) => ({ id: `${i}:${j}`, item: i, name: j, key: n.key }))
	);
	const mini = new MiniSearch<(typeof docs)[number]>({ fields: ['key'], storeFields: ['item', 'name'] });
	mini.addAll(docs);

	function search(query: string, limit = 8): SearchHit[] {
		const q = query.slice(0, MAX_QUERY);
		const qFold = fold(q);
		const qKey = searchKey(q);
		if (!qKey) return [];
		const best = new Map<number, { hit: SearchHit; rank: number[] }>();
		for (const r of mini.search(qKey, { prefix: true, fuzzy, maxFuzzy: 2, combineWith: 'AND' })) {
			const item = items[r.item as number]!;
			const name = item.names[r.name as number]!;
			const literal = closeness(name.fold, qFold);
			const viaKey = closeness(name.key, qKey);
			let tier: Tier;
			if (literal >= 0)
				tier = name.type === 'name' || name.type === 'current' ? 0 : name.type === 'variant' ? 2 : 1;
			else tier = viaKey >= 0 ? 2 : 3;
			const quality = literal >= 0 ? literal : viaKey >= 0 ? viaKey : 3;
			// A whole name before a prefix of one ("Uralsk" is Oral's former name before "Uralsky plant");
			// then the tier; within it the name as typed before a transliteration, closer matches first;
			// ties: the article's features before basemap places, then MiniSearch's score, then the label.
			const rank = [
				quality === 0 ? 0 : 1,
				tier,
				literal >= 0 ? 0 : 1,
				quality,
				item.features.length ? 0 : 1,
				-r.score
			];
			const prev = best.get(r.item as number);
			if (!prev || compare(rank, prev.rank) < 0)
				best.set(r.item as number, { hit: { item, name, tier, note: matchNote(item, name) }, rank });
		}
		return [...best.values()]
			.sort((a, b) => compare(a.rank, b.rank) || a.hit.item.label.localeCompare(b.hit.item.label, 'en'))
			.slice(0, limit)
			.map((b) => b.hit);
	}
	return { items, sources, search };
}

function compare(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
}
