import { parseArticle, parseMeta } from './article';
import text from './articles/kazakhstan-2022/article.txt?raw';
import metaJson from './articles/kazakhstan-2022/meta.json';

// Parsed once at module load; a malformed article fails the build (prerender) with its own message.
export const article = parseArticle(text, parseMeta(metaJson));
