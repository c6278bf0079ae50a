import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleFormatError, parseArticle, parseMeta } from './article';
import metaJson from './articles/kazakhstan-2022/meta.json';

const text = readFileSync(new URL('./articles/kazakhstan-2022/article.txt', import.meta.url), 'utf8');

describe('parseArticle', () => {
	it('keeps the byline and the 14 body paragraphs verbatim, with ids p1…p14', () => {
		const a = parseArticle(text, parseMeta(metaJson));
		expect(a.byline).toMatch(/^Oksana Antonenko is a director for Global Risk Analysis at Control Risks/);
		expect(a.paragraphs).toHaveLength(14);
		expect(a.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 14 }, (_, i) => `p${i + 1}`));
		// Verbatim: joining the parts gives the file back.
		expect([a.byline, ...a.paragraphs.map((p) => p.text)].join('\n')).toBe(text.replace(/\n$/, ''));
		expect(a.paragraphs[2]?.text).toContain('Collective Security Treaty Organization (CSTO)');
	});

	it('accepts CRLF line endings and a trailing newline', () => {
		const a = parseArticle('By someone\r\nFirst.\r\nSecond.\r\n', parseMeta(metaJson));
		expect(a.paragraphs.map((p) => p.text)).toEqual(['First.', 'Second.']);
	});

	it('rejects an empty paragraph line with its line number', () => {
		expect(() => parseArticle('By\nOne\n\nTwo', parseMeta(metaJson))).toThrow(/line 3 is empty/);
	});

	it('rejects a text with no body', () => {
		expect(() => parseArticle('Only a byline', parseMeta(metaJson))).toThrow(ArticleFormatError);
	});
});

describe('parseMeta', () => {
	it('requires a status on every attributed field', () => {
		expect(() => parseMeta({ ...metaJson, date: { value: 'January 2022' } })).toThrow(/"date" needs/);
	});
	it('marks the date as inferred', () => {
		expect(parseMeta(metaJson).date.status).toMatch(/^inferred/);
	});
});
