import { parseArticle, parseMeta } from './article';
import { parseLinks } from './links';
import { parseClaims } from './claims';
import text from './articles/kazakhstan-2022/article.txt?raw';
import metaJson from './articles/kazakhstan-2022/meta.json';
import linksJson from './articles/kazakhstan-2022/links.json';
import claimsJson from './articles/kazakhstan-2022/claims.json';

// Parsed once at module load; a malformed article or links file fails the build (prerender) with its own message.
export const article = parseArticle(text, parseMeta(metaJson));
export const links = parseLinks(linksJson, article);
export const claims = parseClaims(claimsJson, article);
