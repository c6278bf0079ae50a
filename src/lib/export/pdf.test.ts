import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FONTS } from './layout';
import { PDF_FAMILY, PdfSurface, type PdfFonts } from './pdf';

// The files pdf-fonts.ts fetches in the app.
const fontFiles = readFileSync(new URL('./pdf-fonts.ts', import.meta.url), 'utf8');
const font = (face: string) => {
	const file = new RegExp(`import ${face} from '\\./fonts/([^?']+)\\?url'`).exec(fontFiles)?.[1];
	if (!file) throw new Error(`pdf-fonts.ts imports no ${face} font`);
	return readFileSync(new URL(`./fonts/${file}`, import.meta.url)).toString('base64');
};
const fonts: PdfFonts = { normal: font('normal'), bold: font('bold'), italic: font('italic') };
const FONT = '400 12px "Noto Sans", sans-serif';

/** The page's content stream, inflated, and the whole file as latin1. */
async function parts(s: PdfSurface): Promise<{ file: string; content: string; streams: string }> {
	const file = Buffer.from(await s.blob().arrayBuffer()).toString('latin1');
	const streams = [...file.matchAll(/\/Filter \/FlateDecode[^]*?stream\r?\n([^]*?)\r?\nendstream/g)];
	const texts = streams.map((m) => {
		try {
			return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
		} catch {
			return '';
		}
	});
	return { file, content: texts.find((t) => /\b(rg|w)\n/.test(t)) ?? '', streams: texts.join('\n') };
}

// A4 landscape at 1280 layout px across: 841.89 pt / 1280 px.
const A4 = { widthPt: 841.89, heightPt: 595.28, ptPerPx: 841.89 / 1280, fonts };
const surface = () => new PdfSurface({ ...A4 });

describe('PdfSurface', () => {
	it('draws a rect as a path in pt, y down from the top, with its fill colour', async () => {
		const s = surface();
		s.rect(100, 50, 200, 100, { fill: '#ff0000' });
		const { content } = await parts(s);
		const k = A4.ptPerPx;
		// jsPDF's rect: x, PDF y (up from the bottom), w, −h.
		const re = /([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re\s+f/.exec(content);
		expect(re, content).not.toBeNull();
		const [x, y, w, h] = re!.slice(1).map(Number);
		expect(x).toBeCloseTo(100 * k, 1);
		expect(y).toBeCloseTo(595.28 - 50 * k, 1);
		expect(w).toBeCloseTo(200 * k, 1);
		expect(h).toBeCloseTo(-100 * k, 1);
		expect(content).toMatch(/1\. 0\. 0\. rg|1 0 0 rg/);
	});

	it('writes paths with m/l operators, even–odd fills and stroke widths scaled by a group transform', async () => {
		const s = surface();
		s.group({ transform: { x: 10, y: 20, scale: 2 } }, () =>
			s.path(
				[
					[
						[0, 0],
						[10, 0],
						[10, 10]
					]
				],
				{ fill: '#00ff00', stroke: '#0000ff', lineWidth: 1, closed: true, fillRule: 'evenodd' }
			)
		);
		const { content } = await parts(s);
		const k = A4.ptPerPx;
		const m = /([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l/.exec(content);
		expect(m, JSON.stringify(content)).not.toBeNull();
		expect(Number(m![1])).toBeCloseTo(10 * k, 1);
		expect(Number(m![3])).toBeCloseTo(30 * k, 1);
		expect(Number(m![2])).toBeCloseTo(595.28 - 20 * k, 1);
		expect(content).toMatch(/\bh\s+B\*/);
		// The last width set (jsPDF opens each page with its default 0.2 pt).
		const w = [...content.matchAll(/([\d.]+) w\b/g)].at(-1);
		expect(Number(w![1])).toBeCloseTo(2 * k, 2);
	});

	it('writes path coordinates to 0.001 pt, no finer', async () => {
		const s = surface();
		s.path(
			[
				[
					[1 / 3, 2 / 3],
					[100 / 7, 200 / 7],
					[300 / 11, 1 / 9]
				]
			],
			{ stroke: '#000000', closed: true }
		);
		const { content } = await parts(s);
		const numbers = [...content.matchAll(/([\d.-]+) ([\d.-]+) [ml]\n/g)].flatMap((m) => [m[1]!, m[2]!]);
		expect(numbers).toHaveLength(6);
		for (const n of numbers) expect(n, n).toMatch(/^-?\d+(\.\d{1,3})?$/);
		expect(Number(numbers[0])).toBeCloseTo((1 / 3) * A4.ptPerPx, 3);
	});

	it('clips a group with W n between q and Q, and sets opacity through an ExtGState', async () => {
		const s = surface();
		s.group({ clip: { x: 0, y: 0, w: 50, h: 50 } }, () =>
			s.circle(10, 10, 5, { fill: 'rgb(255 0 0 / 0.5)' })
		);
		const { content, file } = await parts(s);
		expect(content).toMatch(/q\s+[\d.\s-]+re\s+W\s+n[^]*\bc\b[^]*\bf\b[^]*Q/);
		expect(content).toMatch(/\/GS\d+ gs/);
		expect(file).toMatch(/\/ca 0\.5/);
	});

	it('draws a stroked circle as fills: the disc, then its outline as an even–odd ring', async () => {
		const s = surface();
		s.circle(100, 100, 4, { fill: '#3b3631', stroke: '#ffffff', lineWidth: 2 });
		const { content } = await parts(s);
		const k = A4.ptPerPx;
		const body = content.slice(content.indexOf('rg'));
		// No stroke operator (S, B, B*): poppler's Splash widens thin strokes.
		expect(body).not.toMatch(/\b(S|s|B\*?|b\*?)(\n|$)/);
		const paths = [...body.matchAll(/((?:[\d.-]+ [\d.-]+ m\n(?:[\d.\s-]+ c\n)+)+)(f\*?)(?:\n|$)/g)];
		expect(paths.map((p) => p[2])).toEqual(['f', 'f*']);
		// Radii from each sub-path's first point (x + r, y): 4, then 4 ± 1, in layout px.
		const radii = paths.map((p) =>
			[...p[1]!.matchAll(/([\d.-]+) [\d.-]+ m/g)].map((m) => Number(m[1]) / k - 100)
		);
		expect(radii[0]!.map((r) => r.toFixed(2))).toEqual(['4.00']);
		expect(radii[1]!.map((r) => r.toFixed(2))).toEqual(['5.00', '3.00']);
	});

	it('keeps text as text in the embedded font, Cyrillic and Kazakh letters too, its halo stroked under it', async () => {
		const s = surface();
		s.text('Қазақстан Oral', 100, 100, {
			font: FONT,
			fill: '#000000',
			halo: { colour: '#ffffff', width: 3 }
		});
		const { content, file, streams } = await parts(s);
		// Two text objects: render mode 1 (stroke) first, then 0 (fill).
		const modes = [...content.matchAll(/(\d) Tr/g)].map((m) => m[1]);
		expect(modes).toEqual(['1', '0']);
		expect(content.match(/\bTj\b/g)?.length).toBe(2);
		expect(file).toMatch(/\/BaseFont \/NotoSans/);
		expect(file).toMatch(/\/Subtype \/Type0/);
		expect(file).toMatch(/\/FontFile2/);
		// No image anywhere: nothing is rasterised.
		expect(file).not.toMatch(/\/Subtype \/Image/);
		// The ToUnicode map names Қ (U+049A), so the text can be searched and copied.
		expect(streams).toMatch(/<049a>|<049A>/);
	});

	it('embeds the family the layout is measured in, in each face the composition uses', () => {
		// The app measures the layout with the browser's canvas in FONTS' first family; letters in
		// another font are wider or narrower than their boxes (in DejaVu Sans the title ran 15 % wide).
		const family = /"([^"]+)"/.exec(FONTS.title)![1]!.replace(/\s+/g, '');
		const { doc } = surface();
		// The PostScript names jsPDF read from the files it embeds.
		const names = (['normal', 'bold', 'italic'] as const).map((face) => {
			doc.setFont(PDF_FAMILY, face);
			return (doc.getFont().metadata as { name: { postscriptName: string } }).name.postscriptName;
		});
		expect(names).toEqual([`${family}-Regular`, `${family}-Bold`, `${family}-Italic`]);
	});

	it('measures with the embedded font: bold wider than regular, in layout px', () => {
		const s = surface();
		const regular = s.measure('Astana', FONT);
		const bold = s.measure('Astana', '700 12px "Noto Sans"');
		expect(regular).toBeGreaterThan(30);
		expect(regular).toBeLessThan(50);
		expect(bold).toBeGreaterThan(regular);
	});
});
