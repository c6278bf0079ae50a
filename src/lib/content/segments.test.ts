import { describe, expect, it } from 'vitest';
import { article, claims, links } from './index';
import { markClaims, segmentPhrases } from './segments';

describe('segmentPhrases', () => {
	it('keeps every paragraph verbatim and links each phrase of links.json', () => {
		for (const p of article.paragraphs) {
			const phrases = links.passages[p.id]?.phrases ?? [];
			const segments = segmentPhrases(p.text, phrases);
			expect(segments.map((s) => s.text).join('')).toBe(p.text);
			expect(segments.filter((s) => s.phrase).length).toBe(new Set(phrases.map((ph) => ph.text)).size);
		}
	});
	it('skips a phrase overlapping an earlier one and links first occurrences only', () => {
		const s = segmentPhrases('South Caucasus and the Caucasus, South Caucasus', [
			{ text: 'South Caucasus', targets: ['a'] },
			{ text: 'Caucasus and', targets: ['b'] }
		]);
		expect(s.map((x) => [x.text, x.phrase?.targets[0] ?? null])).toEqual([
			['South Caucasus', 'a'],
			[' and the Caucasus, South Caucasus', null]
		]);
	});
});

describe('markClaims', () => {
	it('keeps every paragraph verbatim and marks every fact check once, right after its phrase', () => {
		for (const p of article.paragraphs) {
			const mine = claims.claims.filter((c) => c.passage === p.id);
			const marked = markClaims(p.text, segmentPhrases(p.text, links.passages[p.id]?.phrases ?? []), mine);
			expect(marked.map((s) => s.text).join('')).toBe(p.text);
			expect(marked.flatMap((s) => s.marks).length).toBe(mine.length);
			let at = 0;
			for (const s of marked) {
				at += s.text.length;
				for (const c of s.marks) {
					const end = p.text.indexOf(c.phrase) + c.phrase.length;
					// After the phrase: at its end, or at the end of the map link it ends in.
					expect(at, `${c.id} in ${p.id}`).toBeGreaterThanOrEqual(end);
					if (!s.phrase) expect(at).toBe(end);
				}
			}
		}
	});

	it('splits plain text at a phrase’s end and puts a mark inside a link after the link', () => {
		const text = 'The north of Kazakhstan is vast. It is cold.';
		const segs = segmentPhrases(text, [{ text: 'north of Kazakhstan', targets: ['north'] }]);
		const m = markClaims(text, segs, [{ phrase: 'north' }, { phrase: 'is vast' }]);
		expect(m.map((s) => [s.text, s.marks.map((c) => c.phrase)])).toEqual([
			['The ', []],
			['north of Kazakhstan', ['north']],
			[' is vast', ['is vast']],
			['. It is cold.', []]
		]);
	});
});
