import type { AnyProps } from './types';

export type NameField = 'name' | 'name_kk' | 'name_ru';
export type SearchHit = {
	id: string;
	kind: string;
	/** The English name, which the list shows first. */
	name: string;
	/** Which of the three names matched, and its text, so the list can show it. */
	field: NameField;
	matched: string;
};

export const FIELD_LABELS: Record<NameField, string> = {
	name: 'English',
	name_kk: 'Kazakh',
	name_ru: 'Russian'
};
const FIELDS: NameField[] = ['name', 'name_kk', 'name_ru'];

/*
 * Kazakh Cyrillic letters that a Russian keyboard lacks, folded to the Russian letter typed instead
 * (so "актобе" finds "Ақтөбе"). They have no Unicode decomposition, so NFD alone leaves them. Latin
 * dotless ı is folded too: the 2021 Kazakh Latin alphabet uses it and NFD does not touch it.
 */
const LETTERS: Record<string, string> = {
	ә: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	і: 'и',
	ı: 'i'
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Text as search compares it: lower case, without diacritics (NFD, marks removed: é→e, ё→е, й→и),
 * Kazakh-specific letters folded, and punctuation/space runs as one space ("Северо-Казахстанская" is
 * found by "северо каз").
 *
 * @example fold('Солтүстік Қазақстан') //= 'солтустик казакстан'
 */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(LETTER_RE, (c) => LETTERS[c] ?? c)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** 0: the name starts with the query; 1: a later word does; 2: the query is inside a word; -1: no match. */
function rank(name: string, query: string): number {
	const at = name.indexOf(query);
	if (at < 0) return -1;
	if (at === 0) return 0;
	return name.includes(` ${query}`) ? 1 : 2;
}

export type SearchEntry = { props: AnyProps; names: { field: NameField; text: string; folded: string }[] };

/** Folded names per feature, built once per index rather than once per keystroke. */
export function searchIndex(index: Map<string, AnyProps>): SearchEntry[] {
	return [...index.values()].map((props) => ({
		props,
		names: FIELDS.flatMap((field) => {
			const text = props[field];
			return typeof text === 'string' && text ? [{ field, text, folded: fold(text) }] : [];
		})
	}));
}

/**
 * Features whose English, Kazakh or Russian name contains the query, prefix matches first, then
 * word-start matches, then the rest; ties by English name. One hit per feature, from its best name
 * (English first when two rank equally).
 */
export function searchFeatures(entries: SearchEntry[], query: string, limit = 8): SearchHit[] {
	const q = fold(query);
	if (!q) return [];
	const scored: { hit: SearchHit; rank: number }[] = [];
	for (const { props, names } of entries) {
		let best: { rank: number; field: NameField; text: string } | null = null;
		for (const n of names) {
			const r = rank(n.folded, q);
			if (r >= 0 && (!best || r < best.rank)) best = { rank: r, field: n.field, text: n.text };
		}
		if (best)
			scored.push({
				rank: best.rank,
				hit: { id: props.id, kind: props.kind, name: props.name, field: best.field, matched: best.text }
			});
	}
	return scored
		.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name, 'en'))
		.slice(0, limit)
		.map((s) => s.hit);
}
