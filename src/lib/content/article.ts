/**
 * The article format (see README "Content format"): a plain-text file, one paragraph per line, the
 * first line the author's byline; a meta.json beside it with title, author and date, each carrying a
 * `status` that says where the value comes from (so the app can mark inferred fields).
 */
export type Attributed = { value: string; status: string };
export type ArticleMeta = {
	slug: string;
	title: Attributed;
	author: Attributed;
	date: Attributed;
	supplied: string;
	/** The article served at `/`; the others at `/<slug>`. */
	home: boolean;
};
export type Paragraph = { id: string; index: number; text: string };
export type Article = { meta: ArticleMeta; byline: string; paragraphs: Paragraph[] };

export class ArticleFormatError extends Error {}

const isAttributed = (v: unknown): v is Attributed =>
	typeof v === 'object' &&
	v !== null &&
	typeof (v as Attributed).value === 'string' &&
	typeof (v as Attributed).status === 'string';

export function parseMeta(raw: unknown): ArticleMeta {
	if (typeof raw !== 'object' || raw === null) throw new ArticleFormatError('meta.json: not an object');
	const m = raw as Record<string, unknown>;
	for (const key of ['title', 'author', 'date'] as const) {
		if (!isAttributed(m[key])) throw new ArticleFormatError(`meta.json: "${key}" needs { value, status }`);
	}
	if (typeof m.slug !== 'string' || !/^[a-z0-9-]+$/.test(m.slug))
		throw new ArticleFormatError('meta.json: "slug" must be lower-case letters, digits and hyphens');
	return {
		slug: m.slug,
		title: m.title as Attributed,
		author: m.author as Attributed,
		date: m.date as Attributed,
		supplied: typeof m.supplied === 'string' ? m.supplied : '',
		home: m.home === true
	};
}

/** Splits the text verbatim: no trimming inside paragraphs, only the line breaks between them. */
export function parseArticle(text: string, meta: ArticleMeta): Article {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	if (lines.length < 2)
		throw new ArticleFormatError('article.txt: needs a byline line and at least one paragraph');
	const [byline, ...body] = lines as [string, ...string[]];
	const empty = body.findIndex((l) => l.trim() === '');
	if (empty >= 0)
		throw new ArticleFormatError(`article.txt: line ${empty + 2} is empty; one paragraph per line`);
	return {
		meta,
		byline,
		paragraphs: body.map((t, i) => ({ id: `p${i + 1}`, index: i + 1, text: t }))
	};
}
