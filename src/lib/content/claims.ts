import type { Article } from './article';
import { checkCitations } from '$lib/geo/validate/citations';

/**
 * claims.json (README "Content format"): the map editors' checks of the article's factual claims.
 * The article stays verbatim; each check names the phrase it is about (a verbatim substring of its
 * passage), a verdict, one sentence of reason and the sources, held to the same source policy as
 * geodata/. A check that cannot say where it applies or what it rests on fails the build.
 */
export const VERDICTS = [
	'supported',
	'partly-supported',
	'disputed',
	'contradicted',
	'not-checkable'
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
	supported: 'Supported',
	'partly-supported': 'Partly supported',
	disputed: 'Disputed',
	contradicted: 'Contradicted',
	'not-checkable': 'Not checkable'
};

export type ClaimSource = {
	url: string;
	title: string;
	year: number;
	/** When the page has no date of its own (an encyclopedia article): the day it was read. */
	read?: string;
	via?: { url: string; read: string };
	attribution?: string;
};
export type Claim = {
	id: string;
	passage: string;
	phrase: string;
	claim: string;
	verdict: Verdict;
	reason: string;
	sources: ClaimSource[];
};
export type Claims = { about: string; checked: string; claims: Claim[] };

export class ClaimsFormatError extends Error {}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isYear = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;

export function parseClaims(raw: unknown, article: Article): Claims {
	const problems: string[] = [];
	const fail = (where: string, rule: string, msg: string) =>
		problems.push(`claims.json › ${where} › ${rule}: ${msg}`);
	const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	if (!isText(r.about)) fail('(root)', 'about', 'says who checked and how');
	if (!Array.isArray(r.claims)) {
		fail('(root)', 'claims', 'must be a list');
		throw new ClaimsFormatError(problems.join('\n'));
	}
	const texts = new Map(article.paragraphs.map((p) => [p.id, p.text]));
	const ids = new Set<string>();
	for (const [i, c] of (r.claims as Record<string, unknown>[]).entries()) {
		const where = isText(c?.id) ? c.id : `claims[${i}]`;
		if (!isText(c?.id) || ids.has(c.id)) fail(where, 'id', 'needs an id of its own');
		else ids.add(c.id);
		const text = texts.get(String(c?.passage));
		if (text === undefined) fail(where, 'passage', `"${String(c?.passage)}" is no passage of the article`);
		else if (!isText(c.phrase) || !text.includes(c.phrase))
			fail(where, 'phrase', `"${String(c?.phrase)}" does not occur in ${String(c.passage)}`);
		else if (text.indexOf(c.phrase) !== text.lastIndexOf(c.phrase))
			fail(where, 'phrase', `"${c.phrase}" occurs more than once in ${String(c.passage)}: make it unique`);
		if (!VERDICTS.includes(c?.verdict as Verdict))
			fail(where, 'verdict', `${JSON.stringify(c?.verdict)} is not one of ${VERDICTS.join(', ')}`);
		if (!isText(c?.claim)) fail(where, 'claim', 'says what is claimed, in our words');
		if (!isText(c?.reason)) fail(where, 'reason', 'gives one sentence of reason');
		const sources = c?.sources;
		if (!Array.isArray(sources) || (sources.length === 0 && c.verdict !== 'not-checkable'))
			fail(where, 'sources', 'a verdict needs at least one source');
		for (const [j, s] of (Array.isArray(sources) ? sources : []).entries()) {
			const at = `sources[${j}]`;
			if (!isText(s?.url) || !s.url.startsWith('https://')) fail(where, 'sources', `${at}.url is not https`);
			if (!isText(s?.title)) fail(where, 'sources', `${at} has no title`);
			if (!isYear(s?.year)) fail(where, 'sources', `${at}.year is not a year`);
			for (const f of checkCitations(s, at)) fail(where, f.rule, f.message);
		}
	}
	if (problems.length) throw new ClaimsFormatError(problems.join('\n'));
	return r as unknown as Claims;
}

/** Claims by passage, in the order they appear in the passage's text. */
export function claimsByPassage(claims: Claims, article: Article): Map<string, Claim[]> {
	const out = new Map<string, Claim[]>();
	const texts = new Map(article.paragraphs.map((p) => [p.id, p.text]));
	for (const c of claims.claims) out.set(c.passage, [...(out.get(c.passage) ?? []), c]);
	for (const [id, list] of out) {
		const text = texts.get(id) ?? '';
		list.sort((a, b) => text.indexOf(a.phrase) - text.indexOf(b.phrase));
	}
	return out;
}
