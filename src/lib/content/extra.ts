import type { ArticleFiles } from './index';

/**
 * Articles registered beside src/lib/content/articles/*. Empty in the app; the fixture build
 * (`npm run build:fixture`) swaps this module for e2e/fixtures/articles/extra.ts, whose second
 * article e2e/registry.spec.ts finds routed at its own path.
 */
export const EXTRA_ARTICLES: readonly ArticleFiles[] = [];
