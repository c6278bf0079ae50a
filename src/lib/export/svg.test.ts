import { describe, expect, it } from 'vitest';
import { decimalsFor, escapeXml, fontAttributes, svgColour, SvgSurface } from './svg';
import { drawDecorations, drawLabels } from './compose';
import { planLayout, FONTS } from './layout';
import type { PlacedLabel } from '$lib/map/labels';

// Text measured as 0.6 em per character: enough for the layout to wrap and place, no browser needed.
const measure = (text: string, font: string) => text.length * 0.6 * Number(/([\d.]+)px/.exec(font)![1]);
const surface = (decimals = 1) =>
	new SvgSurface({ width: 1920, height: 1080, viewWidth: 1280, viewHeight: 720, decimals, measure });

const label = (text: string, x: number, y: number): PlacedLabel => ({
	key: text,
	text,
	lines: [text],
	lineHeight: 14.4,
	kind: 'city',
	x,
	y,
	anchor: 'start',
	size: 12,
	weight: 400,
	letterSpacing: 0,
	opacity: 1,
	colour: '#3d3a35',
	halo: { colour: '#ffffff', width: 3 },
	dot: { x: x - 5, y, r: 3, fill: '#4a4640', stroke: '#ffffff', strokeWidth: 1.5 },
	box: { left: x - 8, top: y - 8, right: x + 60, bottom: y + 8 }
});

/** A whole composition but the map: what the SVG export writes around its map body. */
function composed(title: string) {
	const s = surface();
	const layout = planLayout({
		width: 1280,
		height: 720,
		title,
		subtitle: '“Russia sent troops” (paragraph 3)',
		footer: 'Basemap: Natural Earth (public domain); cities: GeoNames (CC BY 4.0).',
		sections: [
			{
				title: 'Unrest',
				items: [{ label: 'protest or clash', symbol: 'dot', colour: [178, 34, 34] }]
			}
		],
		measure
	});
	s.group({ id: 'map', clip: layout.map }, () =>
		s.rect(layout.map.x, layout.map.y, layout.map.w, layout.map.h, { fill: '#c9dcea' })
	);
	drawLabels(s, [label('Nur-Sultan', 400, 300), label('Almaty', 600, 500)]);
	drawDecorations(s, layout, {
		scaleBar: { meters: 500_000, pixels: 120, label: '500 km' },
		northArrow: true,
		date: '2022-01-06'
	});
	return s.serialise({ title, author: 'Oksana Antonenko', credits: 'Natural Earth', sources: ['TASS'] });
}

describe('SvgSurface', () => {
	it('writes the composition as named groups of vectors and text, with no raster anywhere', () => {
		const svg = composed('Kazakhstan, January 2022');
		const ids = [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual([
			'map',
			'place-names',
			'title',
			'frame',
			'date',
			'north-arrow',
			'scale-bar',
			'legend',
			'credits'
		]);
		expect(svg).not.toMatch(/<image\b|<foreignObject|data:image|href=/);
		expect(svg).toMatch(
			/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" version="1\.1" width="1920" height="1080" viewBox="0 0 1280 720">/
		);
		// Names as <text>, one element each (the halo is its stroke, painted under the fill).
		const names = [...svg.matchAll(/<g id="place-names">(.*?)<\/g>/gs)][0]![1]!;
		expect(
			[...names.matchAll(/<text [^>]*paint-order="stroke"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
		).toEqual(['Nur-Sultan', 'Almaty']);
		expect(svg).toContain('>6 January 2022</text>');
		expect(svg).toContain('>500 km</text>');
		expect(svg).toContain('>Unrest</text>');
	});

	it('clips the map to its frame with a clip path', () => {
		const svg = composed('Kazakhstan');
		const clip =
			/<clipPath id="(clip)"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/><\/clipPath>/.exec(
				svg
			);
		expect(clip).not.toBeNull();
		expect(svg).toContain(`<g id="map" clip-path="url(#clip)">`);
		// The clip is the map frame the layout gave, in layout px.
		expect(Number(clip![2])).toBe(28);
		expect(Number(clip![4])).toBeGreaterThan(800);
	});

	it('escapes text, so a title with markup or ampersands comes out as that text', () => {
		const title = 'Kazakhstan <script>alert("x")</script> & the CSTO';
		const svg = composed(title);
		expect(svg).not.toContain('<script');
		expect(svg).toContain(
			'>Kazakhstan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the CSTO</text>'
		);
		expect(svg).toContain('<title>Kazakhstan &lt;script&gt;');
		expect(svg).toContain('<dc:creator>Oksana Antonenko</dc:creator>');
		// Characters XML 1.0 cannot hold at all are dropped, or the file would not parse.
		expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
	});

	it('rounds coordinates to the precision the output needs and drops points that then coincide', () => {
		expect(decimalsFor(1)).toBe(1);
		expect(decimalsFor(1.5)).toBe(1);
		expect(decimalsFor(2.74)).toBe(2);
		const s = surface(1);
		s.path(
			[
				[
					[10.04, 20.06],
					[10.01, 20.09],
					[30.449, 40.551],
					[-0.04, 5]
				]
			],
			{ stroke: '#000000', lineWidth: 1.25 }
		);
		s.circle(1.26, 2.24, 3.333, { fill: 'rgb(178 34 34 / 0.8627)' });
		const svg = s.serialise();
		// 10.04, 20.06 and 10.01, 20.09 both round to 10 20.1: one point; −0.04 rounds to 0, not −0.
		expect(svg).toContain(
			'<path d="M10 20.1L30.4 40.6 0 5" fill="none" stroke="#000000" stroke-width="1.3"/>'
		);
		expect(svg).toContain('<circle cx="1.3" cy="2.2" r="3.3" fill="#b22222" fill-opacity="0.863"/>');
		// Two places at A4 300 dpi (2.74 output px per layout px).
		const fine = surface(2);
		fine.rect(1.234, 5.678, 10, 10, { fill: '#fff' });
		expect(fine.serialise()).toContain('<rect x="1.23" y="5.68" width="10" height="10" fill="#ffffff"/>');
	});

	it('leaves out groups that drew nothing and keeps ids unique', () => {
		const s = surface();
		s.group({ id: 'military' }, () => {});
		s.group({ id: 'csto' }, () => s.circle(1, 1, 1, { fill: '#000' }));
		s.group({ id: 'csto' }, () => s.circle(2, 2, 1, { fill: '#000' }));
		const svg = s.serialise();
		expect(svg).not.toContain('military');
		expect([...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1])).toEqual(['csto', 'csto-2']);
	});

	it('reads the fonts and colours the composition uses', () => {
		expect(fontAttributes(FONTS.subtitle)).toEqual({
			'font-family': "'Noto Sans', 'DejaVu Sans', system-ui, sans-serif",
			'font-size': '15',
			'font-weight': '400',
			'font-style': 'italic'
		});
		expect(svgColour('rgba(255, 255, 255, 0.75)')).toEqual({ hex: '#ffffff', alpha: 0.75 });
		expect(svgColour('rgb(84 39 143 / 1)')).toEqual({ hex: '#54278f', alpha: 1 });
		expect(() => svgColour('purple')).toThrow(/cannot read the colour/);
	});
});
