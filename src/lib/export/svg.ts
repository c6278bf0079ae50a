/**
 * The SVG surface: the same primitives as the canvas (surface.ts) written as SVG elements, for
 * graphics desks that restyle a map in Illustrator or Inkscape. Geometry is <path> and <circle> in
 * <g> groups named by the caller (a layer's id), text is <text> (one element per name, its halo a
 * stroke painted under the fill), and there is never an <image>: nothing is rasterised.
 * Coordinates are in layout px (the viewBox), rounded to `decimals` places: as fine as the output's
 * pixels need, no finer (decimalsFor). Text is escaped, so a title like `<script>` stays text.
 */
import type { Rect } from './camera';
import type { Colour, GroupOptions, Paint, PathData, Surface, TextStyle } from './surface';

export type SvgOptions = {
	/** Output size (the file's width and height, device px) and the layout it is drawn in (CSS px). */
	width: number;
	height: number;
	viewWidth: number;
	viewHeight: number;
	decimals: number;
	measure: (text: string, font: string) => number;
	/**
	 * How far the alphabetic baseline lies below the middle of the em box, in px, for a font: SVG
	 * has no portable "middle" baseline (dominant-baseline is not read by every editor), so a name
	 * placed on its middle is moved to its baseline here. Default: 0.3 em (Noto Sans, DejaVu Sans).
	 */
	middleToBaseline?: (font: string) => number;
};

export type SvgMeta = { title: string; author: string; credits: string; sources: string[] };

/**
 * Decimal places for layout-px coordinates when one layout px is `pixelRatio` output px: the
 * rounding error (half a step) stays under 1/8 of an output pixel.
 * @example decimalsFor(1.5) → 1 (0.1 layout px = 0.15 output px); decimalsFor(2.74) → 2
 */
export function decimalsFor(pixelRatio: number): number {
	return Math.max(0, Math.ceil(Math.log10(4 * pixelRatio)));
}

/** `[italic ]<weight> <size>px <family>` (layout.ts FONTS, labels.ts) as SVG font attributes. */
export function fontAttributes(font: string): Record<string, string> {
	const m = /^(italic\s+)?(\d{3}|bold|normal)\s+([\d.]+)px\s+(.+)$/.exec(font.trim());
	if (!m) throw new Error(`svg: cannot read the font "${font}"`);
	return {
		'font-family': m[4]!.replace(/"/g, "'"),
		'font-size': String(Number(m[3])),
		'font-weight': m[2]!,
		...(m[1] ? { 'font-style': 'italic' } : {})
	};
}

const fontSize = (font: string) => Number(fontAttributes(font)['font-size']);

/** The em box's middle over the alphabetic baseline in Noto Sans, in em: where no browser measured it. */
export const MIDDLE_TO_BASELINE_EM = 0.3;

/** A CSS colour as SVG paint: the colour in hex and its alpha apart (fill-opacity), for every reader. */
export function svgColour(c: Colour): { hex: string; alpha: number } {
	const s = c.trim();
	if (/^#[0-9a-f]{6}$/i.test(s)) return { hex: s.toLowerCase(), alpha: 1 };
	if (/^#[0-9a-f]{3}$/i.test(s))
		return { hex: `#${[...s.slice(1)].map((d) => d + d).join('')}`.toLowerCase(), alpha: 1 };
	const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(s);
	if (!m) throw new Error(`svg: cannot read the colour "${c}"`);
	const hex = [m[1], m[2], m[3]]
		.map((v) =>
			Math.max(0, Math.min(255, Math.round(Number(v))))
				.toString(16)
				.padStart(2, '0')
		)
		.join('');
	return { hex: `#${hex}`, alpha: m[4] === undefined ? 1 : Number(m[4]) };
}

/** Text content and attribute values as XML: markup characters escaped, XML-illegal controls dropped. */
export function escapeXml(s: string): string {
	return (
		s
			// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

type Frame = { parts: string[]; open: string; close: string };

export class SvgSurface implements Surface {
	readonly #o: SvgOptions;
	readonly #step: number;
	readonly #defs: string[] = [];
	readonly #stack: Frame[] = [{ parts: [], open: '', close: '' }];
	readonly #ids = new Set<string>();

	constructor(options: SvgOptions) {
		this.#o = options;
		this.#step = 10 ** options.decimals;
	}

	measure(text: string, font: string): number {
		return this.#o.measure(text, font);
	}

	/** A number rounded to the surface's precision, shortest form. */
	n(v: number): string {
		const r = Math.round(v * this.#step) / this.#step;
		return String(Object.is(r, -0) ? 0 : r);
	}

	group(options: GroupOptions, draw: () => void) {
		const attrs: Record<string, string> = {};
		if (options.id) attrs.id = this.#uniqueId(options.id);
		if (options.clip) attrs['clip-path'] = `url(#${this.#clipPath(options.clip)})`;
		const t = options.transform;
		const transform = t ? `translate(${this.n(t.x)} ${this.n(t.y)}) scale(${t.scale})` : null;
		// A clip is in the coordinates outside the transform: the transform goes on an inner group.
		let open = `<g${attributes(attrs)}>`;
		let close = '</g>';
		if (transform && options.clip) {
			open += `<g transform="${transform}">`;
			close = '</g></g>';
		} else if (transform) open = `<g${attributes({ ...attrs, transform })}>`;
		this.#stack.push({ parts: [], open, close });
		try {
			draw();
		} finally {
			const frame = this.#stack.pop()!;
			// A layer with nothing in the frame leaves no empty group behind.
			if (frame.parts.length > 0) this.#emit(frame.open + frame.parts.join('') + frame.close);
		}
	}

	rect(x: number, y: number, w: number, h: number, paint: Paint) {
		this.#emit(
			`<rect${attributes({ x: this.n(x), y: this.n(y), width: this.n(w), height: this.n(h), ...this.#paint(paint) })}/>`
		);
	}

	circle(x: number, y: number, r: number, paint: Paint) {
		this.#emit(
			`<circle${attributes({ cx: this.n(x), cy: this.n(y), r: this.n(Math.max(0, r)), ...this.#paint(paint) })}/>`
		);
	}

	path(data: PathData, paint: Paint & { closed?: boolean }) {
		const d = this.pathData(data, paint.closed ?? false);
		if (d) this.#emit(`<path${attributes({ d, ...this.#paint(paint) })}/>`);
	}

	/** `d` for sub-paths, rounded; points that round onto the one before are dropped. */
	pathData(data: PathData, closed: boolean): string {
		const out: string[] = [];
		for (const sub of data) {
			const pts: string[] = [];
			let last = '';
			for (const [x, y] of sub) {
				const p = `${this.n(x)} ${this.n(y)}`;
				if (p !== last) pts.push(p);
				last = p;
			}
			if (closed && pts.length > 1 && pts[0] === pts.at(-1)) pts.pop();
			if (pts.length < (closed ? 3 : 2)) continue;
			out.push(`M${pts[0]}L${pts.slice(1).join(' ')}${closed ? 'Z' : ''}`);
		}
		return out.join('');
	}

	text(text: string, x: number, y: number, s: TextStyle) {
		const fill = svgColour(s.fill);
		const dy = s.baseline === 'middle' ? this.#middleToBaseline(s.font) : 0;
		const attrs: Record<string, string> = {
			x: this.n(x),
			y: this.n(y + dy),
			...fontAttributes(s.font),
			...(s.align === 'center'
				? { 'text-anchor': 'middle' }
				: s.align === 'end'
					? { 'text-anchor': 'end' }
					: {}),
			...(s.letterSpacing ? { 'letter-spacing': this.n(s.letterSpacing) } : {}),
			fill: fill.hex,
			...(fill.alpha < 1 ? { 'fill-opacity': String(fill.alpha) } : {})
		};
		if (s.halo) {
			const halo = svgColour(s.halo.colour);
			Object.assign(attrs, {
				stroke: halo.hex,
				...(halo.alpha < 1 ? { 'stroke-opacity': String(halo.alpha) } : {}),
				'stroke-width': this.n(s.halo.width),
				'stroke-linejoin': 'round',
				// The halo under the letters, as the canvas strokes before it fills.
				'paint-order': 'stroke'
			});
		}
		if (s.opacity !== undefined && s.opacity < 1) attrs.opacity = String(s.opacity);
		this.#emit(`<text${attributes(attrs)}>${escapeXml(text)}</text>`);
	}

	/** The whole document: metadata, the clip paths, then everything drawn, in order. */
	serialise(meta?: SvgMeta): string {
		if (this.#stack.length !== 1) throw new Error('svg: a group is still open');
		const o = this.#o;
		const head = [
			`<?xml version="1.0" encoding="UTF-8"?>`,
			`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${o.width}" height="${o.height}" viewBox="0 0 ${this.n(o.viewWidth)} ${this.n(o.viewHeight)}">`
		];
		if (meta) {
			head.push(`<title>${escapeXml(meta.title)}</title>`, `<desc>${escapeXml(meta.credits)}</desc>`);
			// Dublin Core, which Inkscape's Document Properties and Illustrator's File Info read.
			head.push(
				`<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>` +
					`<dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>${escapeXml(meta.author)}</dc:creator>` +
					`<dc:rights>${escapeXml(meta.credits)}</dc:rights>` +
					meta.sources.map((s) => `<dc:source>${escapeXml(s)}</dc:source>`).join('') +
					`</rdf:Description></rdf:RDF></metadata>`
			);
		}
		if (this.#defs.length) head.push(`<defs>${this.#defs.join('')}</defs>`);
		return `${head.join('\n')}\n${this.#stack[0]!.parts.join('\n')}\n</svg>\n`;
	}

	#emit(s: string) {
		this.#stack.at(-1)!.parts.push(s);
	}

	#uniqueId(id: string): string {
		const base = id.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^(?=[^A-Za-z_])/, 'g-');
		let out = base;
		for (let i = 2; this.#ids.has(out); i++) out = `${base}-${i}`;
		this.#ids.add(out);
		return out;
	}

	#clipPath(r: Rect): string {
		const id = this.#uniqueId('clip');
		const rect = attributes({ x: this.n(r.x), y: this.n(r.y), width: this.n(r.w), height: this.n(r.h) });
		this.#defs.push(`<clipPath id="${id}"><rect${rect}/></clipPath>`);
		return id;
	}

	#middleToBaseline(font: string): number {
		return this.#o.middleToBaseline?.(font) ?? MIDDLE_TO_BASELINE_EM * fontSize(font);
	}

	#paint(p: Paint): Record<string, string> {
		const a: Record<string, string> = {};
		if (p.fill) {
			const c = svgColour(p.fill);
			a.fill = c.hex;
			if (c.alpha < 1) a['fill-opacity'] = String(round3(c.alpha));
			if (p.fillRule === 'evenodd') a['fill-rule'] = 'evenodd';
		} else a.fill = 'none';
		if (p.stroke && (p.lineWidth ?? 1) > 0) {
			const c = svgColour(p.stroke);
			a.stroke = c.hex;
			if (c.alpha < 1) a['stroke-opacity'] = String(round3(c.alpha));
			a['stroke-width'] = this.n(p.lineWidth ?? 1);
			if (p.lineCap === 'round') a['stroke-linecap'] = 'round';
			if (p.lineJoin === 'round') a['stroke-linejoin'] = 'round';
		}
		if (p.opacity !== undefined && p.opacity < 1) a.opacity = String(round3(p.opacity));
		return a;
	}
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

function attributes(a: Record<string, string>): string {
	return Object.entries(a)
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
}

/** Text metrics from the browser's canvas, for SvgOptions in the app. */
export function canvasMetrics(): Pick<SvgOptions, 'measure' | 'middleToBaseline'> {
	const g = document.createElement('canvas').getContext('2d');
	if (!g) throw new Error('No 2D canvas to measure text with.');
	return {
		measure: (text, font) => ((g.font = font), g.measureText(text).width),
		middleToBaseline: (font) => {
			g.font = font;
			g.textBaseline = 'middle';
			// From the 'middle' line the canvas draws on to the alphabetic baseline (negative: above it).
			const { alphabeticBaseline } = g.measureText('Hg');
			g.textBaseline = 'alphabetic';
			return Number.isFinite(alphabeticBaseline)
				? -alphabeticBaseline
				: MIDDLE_TO_BASELINE_EM * fontSize(font);
		}
	};
}
