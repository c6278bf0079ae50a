import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, parseState, serializeState, type AppState } from '$lib/state/permalink';
import { checkSize, EMBED_HEIGHT, EMBED_SANDBOX, EMBED_WIDTH, embedSnippet, embedUrl } from './snippet';

describe('checkSize', () => {
	it('keeps a size within the limits', () => {
		expect(checkSize('600', 'Width', EMBED_WIDTH)).toEqual({ value: 600, message: null });
		expect(checkSize(' 300 ', 'Width', EMBED_WIDTH)).toEqual({ value: 300, message: null });
		expect(checkSize('1200', 'Width', EMBED_WIDTH)).toEqual({ value: 1200, message: null });
	});
	it('clamps a width to 300–1200 and says so', () => {
		const small = checkSize('120', 'Width', EMBED_WIDTH);
		expect(small.value).toBe(300);
		expect(small.message).toMatch(/raised to 300 px/);
		const large = checkSize('4000', 'Width', EMBED_WIDTH);
		expect(large.value).toBe(1200);
		expect(large.message).toMatch(/lowered to 1200 px/);
		expect(checkSize('2000', 'Height', EMBED_HEIGHT).value).toBe(EMBED_HEIGHT.max);
	});
	it('gives no size, and a message, for what is not a whole number', () => {
		for (const bad of ['', 'abc', '600px', '6e2', '-600', '60.5', '0x258']) {
			const r = checkSize(bad, 'Width', EMBED_WIDTH);
			expect(r.value, bad).toBeNull();
			expect(r.message, bad).toMatch(/^Width: /);
		}
	});
});

describe('embedSnippet', () => {
	const state: AppState = {
		view: { lon: 66.9, lat: 48.1, zoom: 4.25 },
		layers: { ...DEFAULT_LAYERS, csto: true, unrest: false },
		feature: 'csto-almaty-airport',
		passage: 'p3',
		date: '2022-01-06',
		place: null
	};
	const opts = {
		featureIds: new Set(['csto-almaty-airport']),
		passageCount: 14,
		dateRange: ['2022-01-01', '2022-01-19'] as [string, string]
	};
	it('has a src that restores the state it was made from', () => {
		const src = embedUrl('/embed', serializeState(state), 'https://maps.example.org');
		const html = embedSnippet({ src, width: 600, height: 500, title: 'Map' });
		const parsed = new DOMParserLite(html);
		const url = new URL(parsed.attr('src'));
		expect(url.origin + url.pathname).toBe('https://maps.example.org/embed');
		expect(parseState(url.search, opts)).toEqual({ state, rejected: [] });
		expect(parsed.attr('width')).toBe('600');
		expect(parsed.attr('height')).toBe('500');
		expect(parsed.attr('sandbox')).toBe(EMBED_SANDBOX);
	});
	it('escapes the title, so it cannot end the attribute or the element', () => {
		const title = 'Putin\'s "Gambit" <script>alert(1)</script> & more';
		const parsed = new DOMParserLite(
			embedSnippet({ src: 'https://x.example/embed', width: 320, height: 480, title })
		);
		expect(parsed.attr('title')).toBe(title);
		expect(parsed.html).not.toContain('<script>');
	});
});

/** Reads one attribute of the snippet's single element, unescaping the four entities it writes. */
class DOMParserLite {
	constructor(readonly html: string) {}
	attr(name: string): string {
		const m = new RegExp(`\\s${name}="([^"]*)"`).exec(this.html);
		if (!m) throw new Error(`no ${name} attribute in ${this.html}`);
		return m[1]!
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	}
}
