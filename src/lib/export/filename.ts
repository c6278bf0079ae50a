/**
 * File names from what the image shows: the title, then the timeline date when there is one, e.g.
 * `kazakhstan-csto-deployment-2022-01-06.png`. ASCII only, so the name survives every file system,
 * mail client and shell without quoting.
 */
import { BGN_PCGN } from '$lib/search/translit';

const MAX_SLUG = 60;

/** Lower-case ASCII words joined by hyphens; accents dropped, other scripts transliterated or dropped. */
export function slugify(text: string, max = MAX_SLUG): string {
	const ascii = transliterate(text.normalize('NFKD').replace(/\p{M}/gu, ''))
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (ascii.length <= max) return ascii;
	// Cut at a word boundary so the name does not end in half a word.
	const cut = ascii.slice(0, max + 1);
	const at = cut.lastIndexOf('-');
	return (at > max / 2 ? cut.slice(0, at) : ascii.slice(0, max)).replace(/-+$/, '');
}

// Kazakh and Russian Cyrillic (titles and place names here may be in either), by the romanisation
// the search uses: one table, with its source, in search/translit.ts.
function transliterate(s: string): string {
	return s.replace(/[\u0400-\u04ff]/g, (ch) => BGN_PCGN[ch.toLowerCase()] ?? '');
}

export type NameParts = { title: string; date?: string | null; ext: string; fallback?: string };

export function exportFileName({ title, date, ext, fallback = 'kazakhstan-map' }: NameParts): string {
	const slug = slugify(title) || fallback;
	const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !slug.endsWith(date) ? `-${date}` : '';
	return `${slug}${day}.${ext.replace(/^\./, '')}`;
}
