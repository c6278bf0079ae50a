import { describe, expect, it } from 'vitest';
import { article, links } from './index';
import { segmentPhrases } from './segments';

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
