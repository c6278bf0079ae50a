import { describe, expect, it } from 'vitest';
import { fold, searchFeatures, searchIndex } from './search';
import type { AnyProps, RegionProps, UnrestProps } from './types';

const region = (id: string, name: string, name_kk: string, name_ru: string): RegionProps => ({
	id,
	kind: 'region',
	name,
	name_kk,
	name_ru,
	iso_now: id,
	sources: []
});
const protest: UnrestProps = {
	id: 'unrest-zhanaozen',
	kind: 'protest',
	name: 'Zhanaozen city hall',
	first_date: { value: '2022-01-02', year: 2022, basis: 'press', source: 'https://example.org/' },
	summary: '',
	sources: []
};

const fixture: AnyProps[] = [
	region('KZ-SEV', 'North Kazakhstan Region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область'),
	region('KZ-ALA', 'Almaty', 'Алматы', 'Алматы'),
	region('KZ-ALM', 'Almaty Region', 'Алматы облысы', 'Алматинская область'),
	region('KZ-AKT', 'Aktobe Region', 'Ақтөбе облысы', 'Актюбинская область'),
	region('X-KAZ', 'Kazygurt', 'Қазығұрт', 'Казыгурт'),
	region('X-ZHE', 'Zhezkazgan', 'Жезқазған', 'Жезказган'),
	region('X-OSK', 'Öskemen', 'Өскемен', 'Усть-Каменогорск'),
	protest
];
const entries = searchIndex(new Map(fixture.map((p) => [p.id, p])));
const find = (q: string) => searchFeatures(entries, q);
const ids = (q: string) => find(q).map((h) => h.id);

describe('fold', () => {
	it('lower-cases, strips diacritics and folds Kazakh letters to what a Russian keyboard types', () => {
		expect(fold('Солтүстік Қазақстан')).toBe('солтустик казакстан');
		expect(fold('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
		expect(fold('Öskemen')).toBe('oskemen');
		expect(fold('Ёлка')).toBe('елка');
	});
	it('turns hyphens and space runs into one space', () => {
		expect(fold('  Северо-Казахстанская   область ')).toBe('северо казахстанская область');
	});
});

describe('searchFeatures', () => {
	it('finds nothing for an empty or blank query, or a name that is not there', () => {
		expect(find('')).toEqual([]);
		expect(find('  - ')).toEqual([]);
		expect(find('Astana')).toEqual([]);
	});

	it('matches English names case-insensitively, and says so', () => {
		expect(find('NORTH kaz')).toEqual([
			{
				id: 'KZ-SEV',
				kind: 'region',
				name: 'North Kazakhstan Region',
				field: 'name',
				matched: 'North Kazakhstan Region'
			}
		]);
	});

	it('finds a Kazakh name typed on a Russian keyboard, and shows the Kazakh name', () => {
		const [hit] = find('солтустик казак');
		expect(hit?.id).toBe('KZ-SEV');
		expect(hit?.field).toBe('name_kk');
		expect(hit?.matched).toBe('Солтүстік Қазақстан облысы');
		expect(ids('актобе')).toEqual(['KZ-AKT']);
	});

	it('finds the Russian name, ignoring the hyphen', () => {
		expect(find('северо-каз')[0]).toMatchObject({ id: 'KZ-SEV', field: 'name_ru' });
		expect(find('северо каз')[0]).toMatchObject({ id: 'KZ-SEV', field: 'name_ru' });
	});

	it('ignores Latin diacritics in the name and in the query', () => {
		expect(ids('oske')).toEqual(['X-OSK']);
		expect(ids('Ösk')).toEqual(['X-OSK']);
	});

	it('ranks a name prefix before a later word, and a later word before the inside of a word', () => {
		expect(ids('kaz')).toEqual(['X-KAZ', 'KZ-SEV', 'X-ZHE']);
	});

	it('lists each feature once, from its best name (Kazakh before Russian on a tie), ties by English name', () => {
		expect(find('алматы').map((h) => [h.id, h.field])).toEqual([
			['KZ-ALA', 'name_kk'],
			['KZ-ALM', 'name_kk']
		]);
	});

	it('searches features that have only an English name', () => {
		expect(ids('city hall')).toEqual(['unrest-zhanaozen']);
	});

	it('returns at most 8 hits, or the limit given', () => {
		const many = Array.from({ length: 12 }, (_, i) => region(`R-${i}`, `Region ${i}`, 'а', 'б'));
		const big = searchIndex(new Map(many.map((p) => [p.id, p])));
		expect(searchFeatures(big, 'region')).toHaveLength(8);
		expect(searchFeatures(big, 'region', 3)).toHaveLength(3);
	});
});
