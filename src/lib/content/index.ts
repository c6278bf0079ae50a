import { ArticleFormatError, parseArticle, parseMeta, type Article } from './article';
import { parseLinks, type Links } from './links';
import { parseClaims, type Claims } from './claims';
import { EXTRA_ARTICLES } from './extra';

/** One article's files as read: `articles/<slug>/{article.txt, meta.json, links.json, claims.json?}`. */
export type ArticleFiles = { folder: string; text: string; meta: unknown; links: unknown; claims?: unknown };
export type ArticleContent = { article: Article; links: Links; claims: Claims };

// Every folder under articles/ is an article: adding one needs no code (README "Content format").
const texts = import.meta.glob<string>('./articles/*/article.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});
const metas = import.meta.glob('./articles/*/meta.json', { import: 'default', eager: true });
const linkFiles = import.meta.glob('./articles/*/links.json', { import: 'default', eager: true });
const claimFiles = import.meta.glob('./articles/*/claims.json', { import: 'default', eager: true });
const folderOf = (path: string) => path.split('/').at(-2)!;
const byFolder = (files: Record<string, unknown>) =>
	new Map(Object.entries(files).map(([path, value]) => [folderOf(path), value]));

const FOUND: ArticleFiles[] = Object.entries(texts).map(([path, text]) => {
	const folder = folderOf(path);
	return {
		folder,
		text,
		meta: byFolder(metas).get(folder),
		links: byFolder(linkFiles).get(folder),
		claims: byFolder(claimFiles).get(folder)
	};
});

/** Parses one article's files; a malformed one fails the build (prerender) with its own message. */
export function parseContent(files: ArticleFiles): ArticleContent {
	const where = `articles/${files.folder}`;
	if (files.meta === undefined) throw new ArticleFormatError(`${where}: meta.json is missing`);
	if (files.links === undefined) throw new ArticleFormatError(`${where}: links.json is missing`);
	const article = parseArticle(files.text, parseMeta(files.meta));
	if (article.meta.slug !== files.folder)
		throw new ArticleFormatError(`${where}/meta.json: slug "${article.meta.slug}" is not the folder's name`);
	return {
		article,
		links: parseLinks(files.links, article),
		claims:
			files.claims === undefined ? { about: '', checked: '', claims: [] } : parseClaims(files.claims, article)
	};
}

/** Every article, the home article (meta `"home": true`, served at `/`) first. */
export const ARTICLES: readonly ArticleContent[] = [...FOUND, ...EXTRA_ARTICLES]
	.map(parseContent)
	.sort((a, b) => Number(b.article.meta.home) - Number(a.article.meta.home));
if (ARTICLES.filter((a) => a.article.meta.home).length !== 1)
	throw new ArticleFormatError('exactly one article must have "home": true in its meta.json');

export const HOME: ArticleContent = ARTICLES[0]!;
export const articleBySlug = (slug: string) => ARTICLES.find((a) => a.article.meta.slug === slug);

// The home article, for what does not yet take an article as a prop.
export const { article, links, claims } = HOME;
