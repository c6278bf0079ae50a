import { error } from '@sveltejs/kit';
import { ARTICLES, articleBySlug, HOME } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

// Every article but the home one, prerendered at /<slug>: an article folder is a route.
export const entries: EntryGenerator = () =>
	ARTICLES.filter((a) => a !== HOME).map((a) => ({ slug: a.article.meta.slug }));

export const load: PageLoad = ({ params }) => {
	const content = articleBySlug(params.slug);
	if (!content || content === HOME) error(404, 'No such article');
	return { slug: params.slug };
};
