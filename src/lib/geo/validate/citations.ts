import { ATTRIBUTED_CLASSES, classifyUrl, isOriginal } from '../../sources/policy';
import { isIsoDate, isNonEmptyString, show } from './values';
import { isRecord, type Finding } from './issue';

/** Keys whose string value is a citation (the page a fact is read on). */
const CITATION_KEYS = ['source', 'url'];
const URL_IN_TEXT = /https?:\/\/[^\s"'()<>]+/g;

/**
 * `source-policy`: every URL anywhere in a subtree obeys src/lib/sources/policy.ts.
 * - a citation (`source`, `url`) is on an original publisher's host, classified in the policy;
 * - state media and propaganda carry `attribution` (whose words the page records);
 * - `via: { url, read }` names the copy a figure was read on, with the day it was read, and the
 *   object still cites the original;
 * - a URL inside free text (notes, gaps) is held to the same hosts, so no copy hides in a note.
 *
 * @example
 * checkCitations({ source: 'https://de.wiki7.org/wiki/X' }, 'population')
 * //= [{ rule: 'source-policy', message: 'population.source https://de.wiki7.org/wiki/X is on a copy host (wiki7 …); cite the original page and record the copy as via {url, read}' }]
 */
export function checkCitations(value: unknown, path: string): Finding[] {
	const found: string[] = [];
	walk(value, path, found);
	return found.map((message) => ({ rule: 'source-policy', message }));
}

function walk(value: unknown, path: string, found: string[]): void {
	if (typeof value === 'string') {
		for (const url of value.match(URL_IN_TEXT) ?? []) checkUrl(url, path, null, found);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, i) => walk(item, `${path}[${i}]`, found));
		return;
	}
	if (!isRecord(value)) return;
	for (const [key, child] of Object.entries(value)) {
		const at = path ? `${path}.${key}` : key;
		if (key === 'via') checkVia(value, child, at, found);
		else if (CITATION_KEYS.includes(key) && typeof child === 'string') checkUrl(child, at, value, found);
		else walk(child, at, found);
	}
}

function checkUrl(url: string, path: string, owner: Record<string, unknown> | null, found: string[]): void {
	// A citation that is not an https URL is the sourced-value rule's finding; here only hosts count.
	if (owner !== null && !url.startsWith('https://')) return;
	const c = classifyUrl(url);
	if (c === null) {
		found.push(
			`${path} ${show(url)}: host is not classified in the source policy (src/lib/sources/policy.ts); classify it or cite another page`
		);
		return;
	}
	if (c.class === 'spam') {
		found.push(`${path} ${show(url)} is a spam page (${c.publisher}); it cannot be cited at all`);
		return;
	}
	if (c.class === 'copy') {
		found.push(
			`${path} ${show(url)} is on a copy host (${c.publisher}); cite the original page and record the copy as via {url, read}`
		);
		return;
	}
	if (owner && ATTRIBUTED_CLASSES.includes(c.class) && !isNonEmptyString(owner.attribution))
		found.push(
			`${path} ${show(url)} is ${c.class} (${c.publisher}): cite it only for words it attributes, named in attribution`
		);
}

function checkVia(owner: Record<string, unknown>, via: unknown, path: string, found: string[]): void {
	if (!isRecord(via) || typeof via.url !== 'string') {
		found.push(`${path} ${show(via)} is not {url, read}`);
		return;
	}
	const c = classifyUrl(via.url);
	if (c?.class === 'spam')
		found.push(`${path}.url ${show(via.url)} is a spam page; it cannot be cited at all`);
	else if (isOriginal(c))
		found.push(
			`${path}.url ${show(via.url)} is an original (${c?.publisher}); cite it as the source, not as via`
		);
	else if (c === null)
		found.push(`${path}.url ${show(via.url)}: host is not classified in the source policy`);
	if (!isIsoDate(via.read)) found.push(`${path}.read ${show(via.read)} is not the YYYY-MM-DD it was read`);
	if (!CITATION_KEYS.some((k) => typeof owner[k] === 'string'))
		found.push(`${path} has no original beside it: a copy is read via, the original is cited as source`);
}
