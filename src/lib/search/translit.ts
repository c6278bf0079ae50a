/*
 * Cyrillic ↔ Latin for search. Readers type a place in Kazakh or Russian Cyrillic, in the BGN/PCGN
 * romanisation the English press uses ("Kostanay", "Zhanaozen"), in Kazakh Latin ("Qostanai") or in
 * a Soviet-era spelling ("Kustanai"). Every name and every query is turned into one loose Latin key,
 * so a query in either script meets a name in either script: that is the "both ways".
 *
 * The table is BGN/PCGN: the romanisation of Russian (1947) and of Kazakh (1979), as given by
 * Wikipedia, "BGN/PCGN romanization of Russian" and https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Kazakh
 * (read 2026-12-01). Diacritics are dropped (ä→a, ö→o, ü→u, ū→u, ī→i) because readers do not type
 * them. No npm package was kept for it: `cyrillic-to-translit-js` (Russian/Ukrainian presets) has no
 * Kazakh letters, and `transliteration` is one-way to ASCII with its own, undocumented, choices.
 */

/** BGN/PCGN, Russian and Kazakh Cyrillic → Latin, lower case, diacritics already dropped. */
export const BGN_PCGN: Readonly<Record<string, string>> = {
	а: 'a',
	ә: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ғ: 'gh',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
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
	і: 'i',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

/*
 * Where romanisations disagree, the key keeps what they share, so each pair below meets:
 * Zhambyl/Jambyl/Dzhambul (zh, j, dzh), Qostanai/Kostanay (q, k; y, i), Karagandy/Qaraghandy (gh, g),
 * Atyraw/Atyrau (w, u), Khmeimim/Hmeimim (kh, h), and ң, which BGN writes "ng" and Russian spelling "н"
 * (Жаңаөзен / Жанаозен). Applied after the table, to Latin text of any origin.
 */
const LOOSE: readonly [RegExp, string][] = [
	[/dzh|zh|dj/g, 'j'],
	[/kh/g, 'h'],
	[/gh/g, 'g'],
	[/ng(?=[aeiouy])/g, 'n'],
	[/q/g, 'k'],
	[/w/g, 'u'],
	[/y/g, 'i'],
	[/\bie/g, 'e']
];
/*
 * A doubled letter is one ("Tallinn", "Talin"); a run of three or more is no spelling of a name, and
 * collapsed it made a held-down key (5,000 × "x") a one-letter prefix of every name starting with it.
 */
const DOUBLE = /([a-z])\1+/g;
const single = (run: string, letter: string) => (run.length === 2 ? letter : run);

const CYRILLIC_RE = /[\u0400-\u04ff]/g;

/*
 * Kazakh letters a Russian keyboard lacks, as the Russian letter typed instead (so "актобе" is the
 * literal Kazakh name "Ақтөбе", not a transliteration of it). They have no Unicode decomposition, so
 * NFD alone leaves them. Only for comparing text within Cyrillic; the Latin key uses the table above.
 */
const ON_RUSSIAN_KEYBOARD: Readonly<Record<string, string>> = {
	ә: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	і: 'и'
};
const KAZAKH_RE = new RegExp(`[${Object.keys(ON_RUSSIAN_KEYBOARD).join('')}]`, 'g');

/**
 * Text as the eye compares it within one script: lower case, no diacritics (NFD marks removed,
 * é→e, ё→е, й→и), dotless ı→i, Kazakh letters as typed on a Russian keyboard, punctuation and space
 * runs as one space.
 *
 * @example fold('  Солтүстік-Қазақстан ') //= 'солтустик казакстан'
 */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/ı/g, 'i')
		.replace(KAZAKH_RE, (c) => ON_RUSSIAN_KEYBOARD[c] ?? c)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Cyrillic letters to BGN/PCGN Latin; everything else unchanged. Works on folded text, where ё and й
 * have lost their marks, so those two are looked up before folding.
 *
 * @example toLatin('Қостанай') //= 'Qostanay'
 */
export function toLatin(text: string): string {
	return text.replace(CYRILLIC_RE, (c) => {
		const lower = c.toLowerCase();
		const latin = BGN_PCGN[lower];
		if (latin === undefined) return c;
		return c === lower || !latin ? latin : latin[0]!.toUpperCase() + latin.slice(1);
	});
}

/**
 * The loose Latin key that names and queries are indexed and searched by.
 *
 * @example searchKey('Қостанай') === searchKey('Kostanai') //= true ('kostanai')
 */
export function searchKey(text: string): string {
	let key = fold(toLatin(text.normalize('NFC')));
	for (const [re, to] of LOOSE) key = key.replace(re, to);
	return key.replace(DOUBLE, single);
}
