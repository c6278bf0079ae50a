import { describe, expect, it } from 'vitest';
import { creditsText, fitCredits } from './credits';

const input = {
	author: 'Oksana Antonenko',
	articleTitle: 'T',
	layers: ['Unrest'],
	publishers: ['Reuters', 'Kazinform', 'Wikipedia (en)', 'Chevron', 'TASS']
};

describe('credits', () => {
	it('names publishers, not hosts, most cited first', () => {
		expect(creditsText(input)).toContain('Sources: Reuters; Kazinform; Wikipedia (en); Chevron; TASS.');
	});

	it('fits the credits area: as many names as fit, then "and N more"', () => {
		// A fake measure: a line holds 140 characters.
		const lines = (text: string) => Math.ceil(text.length / 140);
		const full = creditsText(input);
		const two = fitCredits(input, lines, 2);
		expect(lines(two)).toBeLessThanOrEqual(2);
		expect(two).toMatch(/and \d more\.$/);
		expect(two.length).toBeLessThan(full.length);
		expect(fitCredits(input, lines, 10)).toBe(full);
		// Not even one name fits: the count says where they are.
		expect(fitCredits(input, () => 99, 1)).toContain('5 publishers, listed in the file');
	});
});
