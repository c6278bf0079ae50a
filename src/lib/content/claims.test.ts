import { describe, expect, it } from 'vitest';
import { article } from './index';
import { claimsByPassage, parseClaims, VERDICTS } from './claims';
import claimsJson from './articles/kazakhstan-2022/claims.json';

const good = {
	about: 'Checked by the editors.',
	checked: '2026-12-01',
	claims: [
		{
			id: 'c1',
			passage: 'p3',
			phrase: 'alliance of six former Soviet states',
			claim: 'The CSTO has six member states, all former Soviet republics.',
			verdict: 'supported',
			reason: 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan are its members.',
			sources: [
				{
					url: 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
					title: 'Collective Security Treaty Organization',
					year: 2026,
					read: '2026-12-01'
				}
			]
		}
	]
};
const broken = (edit: (c: (typeof good.claims)[number] & Record<string, unknown>) => void) => {
	const copy = structuredClone(good);
	edit(copy.claims[0]!);
	return () => parseClaims(copy, article);
};

describe('claims.json for the Kazakhstan article', () => {
	const claims = parseClaims(claimsJson, article);

	it('checks at least 12 claims, each with a known verdict, a reason and a source', () => {
		expect(claims.claims.length).toBeGreaterThanOrEqual(12);
		for (const c of claims.claims) {
			expect(VERDICTS).toContain(c.verdict);
			expect(c.sources.length, c.id).toBeGreaterThan(0);
		}
	});

	it('orders a passage’s checks as their phrases appear in it', () => {
		const p7 = claimsByPassage(claims, article).get('p7') ?? [];
		const text = article.paragraphs.find((p) => p.id === 'p7')!.text;
		const at = p7.map((c) => text.indexOf(c.phrase));
		expect(at).toEqual([...at].sort((a, b) => a - b));
	});
});

describe('parseClaims rejects, naming the claim and the rule', () => {
	it('accepts a well-formed check', () => {
		expect(parseClaims(good, article).claims).toHaveLength(1);
	});
	it.each([
		[
			'a phrase that is not in its passage',
			(c: Record<string, unknown>) => (c.phrase = 'six former Soviet nations'),
			/c1 › phrase/
		],
		['an unknown passage', (c: Record<string, unknown>) => (c.passage = 'p99'), /c1 › passage/],
		['an unknown verdict', (c: Record<string, unknown>) => (c.verdict = 'true'), /c1 › verdict/],
		['a check without a source', (c: Record<string, unknown>) => (c.sources = []), /c1 › sources/],
		['a check without a reason', (c: Record<string, unknown>) => (c.reason = ' '), /c1 › reason/],
		[
			'a source on a copy host',
			(c: { sources: { url: string }[] }) => (c.sources[0]!.url = 'https://www.wikiwand.com/en/CSTO'),
			/c1 › source-policy: sources\[0\]\.url .* copy host/
		],
		[
			'state media without attribution',
			(c: { sources: { url: string }[] }) => (c.sources[0]!.url = 'https://tass.com/world/1384183'),
			/c1 › source-policy: .*state-media \(TASS\)/
		]
	] as [string, (c: never) => void, RegExp][])('%s', (_, edit, message) => {
		expect(broken(edit as never)).toThrow(message);
	});
});
