/**
 * File names from what the image shows: the title, then the timeline date when there is one, e.g.
 * `kazakhstan-csto-deployment-2022-01-06.png`. ASCII only, so the name survives every file system,
 * mail client and shell without quoting.
 */
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

// Kazakh and Russian Cyrillic: titles and place names here may be in either.
const CYRILLIC: Record<string, string> = {
	а: 'a',
	ә: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ғ: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	і: 'i',
	к: 'k',
	қ: 'q',
	л: 'l',
	м: 'm',
	н: 'n',
	ң: 'ng',
	о: 'o',
	ө: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ұ: 'u',
	ү: 'u',
	ф: 'f',
	х: 'kh',
	һ: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};
function transliterate(s: string): string {
	return s.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch.toLowerCase()] ?? '');
}

export type NameParts = { title: string; date?: string | null; ext: string; fallback?: string };

export function exportFileName({ title, date, ext, fallback = 'kazakhstan-map' }: NameParts): string {
	const slug = slugify(title) || fallback;
	const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !slug.endsWith(date) ? `-${date}` : '';
	return `${slug}${day}.${ext.replace(/^\./, '')}`;
}
