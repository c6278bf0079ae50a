import { describe, expect, it } from 'vitest';
import { collectSources } from './registry';

describe('collectSources', () => {
	const publishers = collectSources({
		features: [
			{
				id: 'KZ-KUS',
				name: 'Kostanay Region',
				properties: {
					sources: [
						{ url: 'https://en.wikipedia.org/wiki/Kostanay_Region', title: 'Kostanay Region', year: 2022 }
					],
					population: {
						value: 1,
						year: 2019,
						basis: 'estimate',
						source: 'https://en.wikipedia.org/wiki/Kostanay_Region'
					},
					ethnic: [
						{
							group: 'russian',
							value: 41.28,
							year: 2018,
							basis: 'estimate',
							source: 'https://ru.wikipedia.org/?oldid=100361938',
							via: { url: 'https://it.wiki7.org/wiki/x', read: '2026-12-01' }
						}
					]
				}
			}
		],
		events: [{ date: '2022-01-19', text: 'Withdrawal complete', source: 'https://kz.kursiv.media/en/x' }],
		claims: [
			{
				id: 'c7',
				passage: 'p3',
				phrase: 'six',
				claim: 'Six members.',
				verdict: 'supported',
				reason: 'r',
				sources: [{ url: 'https://en.wikipedia.org/wiki/CSTO', title: 'CSTO', year: 2026 }]
			}
		]
	});

	it('groups pages by publisher, most supported first, and says what each page supports', () => {
		expect(publishers.map((p) => p.name)).toEqual(['Wikipedia (en)', 'Kursiv', 'Wikipedia (ru)']);
		const en = publishers[0]!;
		expect(en.cls).toBe('encyclopedia');
		const region = en.pages.find((p) => p.url.endsWith('Kostanay_Region'))!;
		expect(region.supports).toEqual([
			{ kind: 'feature', id: 'KZ-KUS', label: 'Kostanay Region', field: 'the feature' },
			{ kind: 'feature', id: 'KZ-KUS', label: 'Kostanay Region', field: 'population' }
		]);
		expect(en.pages.find((p) => p.url.endsWith('CSTO'))!.supports).toEqual([
			{ kind: 'claim', id: 'c7', label: 'Six members.' }
		]);
	});

	it('keeps the copy a figure was read on beside its original, never as a publisher', () => {
		const ru = publishers.find((p) => p.name === 'Wikipedia (ru)')!;
		expect(ru.pages[0]!.via).toEqual([{ url: 'https://it.wiki7.org/wiki/x', read: '2026-12-01' }]);
		expect(publishers.some((p) => p.name.includes('wiki7'))).toBe(false);
	});
});
