import { describe, expect, it } from 'vitest';
import { realSearch } from './fixture';
import table from './queries.json';

/*
 * The query table over the real data: what a reader types, in three scripts, former names, other
 * spellings, typos and prefixes, and the place that must come first.
 */
const engine = realSearch();

describe('queries.json', () => {
	it('has at least 60 cases across every kind of match', () => {
		expect(table.cases.length).toBeGreaterThanOrEqual(60);
		const kinds = new Set(table.cases.map((c) => c.why));
		for (const k of [
			'english',
			'kazakh',
			'russian',
			'former',
			'transliteration',
			'typo',
			'prefix',
			'basemap'
		])
			expect(kinds).toContain(k);
	});

	it.each(table.cases)('"$q" → $first ($why)', ({ q, first, note }) => {
		const [hit] = engine.search(q);
		expect(hit?.item.key, `first result for "${q}"`).toBe(first);
		if (note) expect(hit?.note).toContain(note);
	});
});
