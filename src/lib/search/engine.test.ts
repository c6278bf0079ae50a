import { describe, expect, it } from 'vitest';
import { buildItems, createSearch, type FeatureInput, type PlaceInput } from './engine';
import type { NamesFile } from './names';

const feature = (
	id: string,
	name: string,
	lngLat: [number, number] | null,
	extra: Partial<FeatureInput> = {}
) => ({
	id,
	kind: 'protest',
	kindLabel: 'Protest',
	name,
	lngLat,
	...extra
});
const place = (id: string, name: string, lngLat: [number, number]): PlaceInput => ({
	id,
	kind: 'city',
	name,
	country: 'KZ',
	lngLat
});
const names = (entries: NamesFile['entries']): NamesFile => ({
	about: '',
	read: '2026-12-01',
	sources: {},
	entries
});

const features = [
	feature('unrest-oral', 'Oral (Uralsk)', [51.37, 51.23], { name_ru: 'Уральск' }),
	feature('oralka', 'Oralka mine', [70, 45]),
	feature('uralsky', 'Uralsky plant', [60, 50])
];
const places = [
	place('city:1', 'Oral', [51.367, 51.233]),
	place('city:2', 'Oralsk', [10, 10]),
	place('city:3', 'Aral', [61.6, 46.8])
];
const file = names([
	{
		target: 'city:1',
		names: [{ text: 'Uralsk', lang: 'en', type: 'former', years: 'until 1991', source: 's' }]
	}
]);
const engine = createSearch(
	buildItems(features, places, file, () => ({ id: 'KZ-ZAP', name: 'West Kazakhstan Region' }))
);
const keys = (q: string) => engine.search(q).map((h) => h.item.key);

describe('buildItems', () => {
	it('makes a feature and a basemap place with the same name, close together, one item offering both', () => {
		const oral = engine.items.find((i) => i.key === 'city:1');
		expect(oral?.features.map((f) => f.id)).toEqual(['unrest-oral']);
		expect(oral?.place?.name).toBe('Oral');
		expect(oral?.label).toBe('Oral (Uralsk)');
		expect(engine.items.some((i) => i.key === 'feature:unrest-oral')).toBe(false);
	});
	it('keeps a feature apart from a same-named place far away', () => {
		const far = buildItems(
			[feature('f', 'Oral', [80, 40])],
			[place('city:1', 'Oral', [51.4, 51.2])],
			names([]),
			() => null
		);
		expect(far.map((i) => i.key)).toEqual(['city:1', 'feature:f']);
	});
});

describe('ranking', () => {
	it('puts an exact name first, then a prefix, then a typo', () => {
		expect(keys('Oral')[0]).toBe('city:1');
		expect(keys('Oral')).toEqual(expect.arrayContaining(['feature:oralka', 'city:2']));
		expect(keys('Oral').indexOf('feature:oralka')).toBeLessThan(keys('Oral').indexOf('city:3'));
	});
	it('ranks a former name above a transliteration and a typo, and says which name matched', () => {
		const [hit] = engine.search('Uralsk');
		expect(hit?.item.key).toBe('city:1');
		expect(hit?.tier).toBe(1);
		expect(hit?.note).toBe('formerly Uralsk (until 1991)');
	});
	it('finds a Latin name from Cyrillic and a Cyrillic one from Latin', () => {
		expect(engine.search('Орал')[0]?.item.key).toBe('city:1');
		expect(engine.search('Орал')[0]?.tier).toBe(2);
		expect(engine.search('Uralsk')[0]?.item.key).toBe('city:1');
	});
	it('forgives one typo in a short word and two in a long one, not in three letters', () => {
		expect(engine.search('Uralsl')[0]?.item.key).toBe('city:1');
		expect(engine.search('Uralsl')[0]?.tier).toBe(3);
		expect(engine.search('Uralsky plamt')[0]?.item.key).toBe('feature:uralsky');
		expect(keys('Orl')).toEqual([]);
	});
	it('on a tie, lists the article feature before the basemap place', () => {
		const tie = createSearch(
			buildItems(
				[feature('f', 'Aralsk', [0, 0])],
				[place('city:9', 'Aralsk', [50, 50])],
				names([]),
				() => null
			)
		);
		expect(tie.search('Aralsk').map((h) => h.item.key)).toEqual(['feature:f', 'city:9']);
	});
	it('returns at most the limit', () => {
		expect(engine.search('o', 2)).toHaveLength(2);
	});
});

describe('bad input', () => {
	const cases = {
		empty: '',
		whitespace: ' \t\n ',
		long: 'Oral'.repeat(1250),
		emoji: '🙂🇰🇿',
		rtl: 'مرحبا שלום',
		mixed: 'Орал-Oral',
		script: '<script>alert(1)</script>'
	};
	it.each(Object.entries(cases))('%s: no error, an array of hits', (_, q) => {
		expect(Array.isArray(engine.search(q))).toBe(true);
	});
	it('finds nothing in blank, emoji-only or foreign-script input', () => {
		for (const q of [cases.empty, cases.whitespace, cases.emoji, cases.rtl])
			expect(engine.search(q)).toEqual([]);
	});
	it('cuts a 5,000-character query to its first 64 characters', () => {
		// What lies past the cut is not searched: "oral" padded to 64, then a word no name has.
		const padded = 'Oral'.padEnd(64, ' ') + 'zzzz'.repeat(1240);
		expect(padded).toHaveLength(5024);
		expect(engine.search(padded)[0]?.item.key).toBe('city:1');
	});
});
