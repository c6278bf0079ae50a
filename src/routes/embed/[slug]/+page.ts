import { error } from '@sveltejs/kit';
import { ARTICLES, articleBySlug, HOME } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

// The embed of every article but the home one (that is /embed), as /[slug] serves the article.
export const entries: EntryGenerator = () =>
	ARTICLES.filter((a) => a !== HOME).map((a) => ({ slug: a.article.meta.slug }));

export const load: PageLoad = ({ params }) => {
	const content = articleBySlug(params.slug);
	if (!content || content === HOME) error(404, 'No such article');
	return { slug: params.slug };
};
