import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatIssue } from '$lib/geo/validate';
import { article } from './index';
import { linkTargets, mentionsOf, parseLinks } from './links';
import linksJson from './articles/kazakhstan-2022/links.json';

const geodataIds = new Set(
	['regions', 'north', 'csto', 'unrest', 'energy', 'military'].flatMap((name) =>
		(
			JSON.parse(readFileSync(new URL(`../../../geodata/${name}.geojson`, import.meta.url), 'utf8')) as {
				features: { properties: { id: string } }[];
			}
		).features.map((f) => f.properties.id)
	)
);

describe('links.json for the Kazakhstan article', () => {
	const links = parseLinks(linksJson, article);

	it('covers all 14 passages', () => {
		expect(Object.keys(links.passages).sort()).toEqual(article.paragraphs.map((p) => p.id).sort());
	});

	it('links only to features that exist in geodata/ (link-target rule)', () => {
		expect(checkLinks(geodataIds, linkTargets(links)).map(formatIssue)).toEqual([]);
	});

	it('names the places the article names, inside Kazakhstan and beyond', () => {
		const phrases = Object.values(links.passages).flatMap((p) => p.phrases.map((ph) => ph.text));
		for (const place of [
			'Uzbekistan',
			'Kyrgyzstan',
			'Afghanistan',
			'South Ossetia',
			'Syria',
			'Crimea',
			'Belarus',
			'Ukraine',
			'South Caucasus',
			'Moscow'
		])
			expect(phrases, place).toContain(place);
	});

	it('finds the passages that mention a feature', () => {
		expect(mentionsOf(links, 'ctx-crimea').map((m) => m.passage)).toEqual(['p4', 'p7', 'p14']);
		expect(mentionsOf(links, 'north')).toContainEqual({
			passage: 'p8',
			phrase: 'mostly Russian-speaking northern regions of Kazakhstan'
		});
	});
});

describe('parseLinks rejects broken files with a message naming the place', () => {
	const base = {
		views: {
			k: {
				label: 'K',
				bounds: [
					[1, 1],
					[2, 2]
				]
			}
		}
	};
	it('a phrase that is not in its passage', () => {
		expect(() =>
			parseLinks(
				{
					...base,
					passages: {
						p1: { view: 'k', layers: [], features: [], phrases: [{ text: 'Mars', targets: ['x'] }] }
					}
				},
				article
			)
		).toThrow('links.json › p1 › phrase "Mars" does not occur in the passage');
	});
	it('an unknown passage, view or layer', () => {
		expect(() =>
			parseLinks(
				{ ...base, passages: { p99: { view: 'k', layers: [], features: [], phrases: [] } } },
				article
			)
		).toThrow(/p99 › no such passage/);
		expect(() =>
			parseLinks(
				{ ...base, passages: { p1: { view: 'zz', layers: [], features: [], phrases: [] } } },
				article
			)
		).toThrow(/view "zz"/);
		expect(() =>
			parseLinks(
				{ ...base, passages: { p1: { view: 'k', layers: ['roads'], features: [], phrases: [] } } },
				article
			)
		).toThrow(/layers must be/);
	});
	it('bounds that are not [[w, s], [e, n]]', () => {
		expect(() =>
			parseLinks(
				{
					views: {
						k: {
							label: 'K',
							bounds: [
								[2, 2],
								[1, 1]
							]
						}
					},
					passages: {}
				},
				article
			)
		).toThrow(/views.k/);
	});
});
