import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './filename';

describe('slugify', () => {
	it('makes lower-case ASCII words joined by hyphens', () => {
		expect(slugify('Kazakhstan: CSTO deployment')).toBe('kazakhstan-csto-deployment');
		expect(slugify("Putin's Kazakh Gambit")).toBe('putins-kazakh-gambit');
		expect(slugify('  Émigrés — Ürümqi  ')).toBe('emigres-urumqi');
	});
	it('transliterates Kazakh and Russian Cyrillic', () => {
		expect(slugify('Солтүстік Қазақстан')).toBe('soltustik-qazaqstan');
		expect(slugify('Жанаозен')).toBe('zhanaozen');
		// The search's BGN/PCGN table (search/translit.ts), not a second one: ғ is "gh" there.
		expect(slugify('Қарағанды')).toBe('qaraghandy');
	});
	it('cuts long titles at a word boundary', () => {
		const s = slugify("Putin's Kazakh Gambit Tightens His Grip on Ex-Soviet Space and Much More Besides");
		expect(s.length).toBeLessThanOrEqual(60);
		expect(s).toBe('putins-kazakh-gambit-tightens-his-grip-on-ex-soviet-space');
	});
});

describe('exportFileName', () => {
	it('adds the timeline date and the extension', () => {
		expect(exportFileName({ title: 'Kazakhstan: CSTO deployment', date: '2022-01-06', ext: 'png' })).toBe(
			'kazakhstan-csto-deployment-2022-01-06.png'
		);
		expect(exportFileName({ title: 'Kazakhstan', date: null, ext: 'pdf' })).toBe('kazakhstan.pdf');
	});
	it('falls back to a name when the title has no letters, and ignores a malformed date', () => {
		expect(exportFileName({ title: '???', date: 'yesterday', ext: '.csv' })).toBe('kazakhstan-map.csv');
	});
});
