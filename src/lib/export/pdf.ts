/**
 * The vector PDF's surface: the composition's primitives (surface.ts) as PDF path and text operators
 * through jsPDF's API, so the PDF is the SVG's picture (the same composition, the same vector map
 * body), with text as text in an embedded Noto Sans, the layout's first family (Latin, Cyrillic and
 * Kazakh letters; jsPDF's standard fonts are WinAnsi only). Coordinates are layout px, mapped to pt by `ptPerPx`; group
 * transforms are applied here, not as PDF matrices, so line widths and font sizes scale with them.
 * Only this file and the fonts are loaded when a vector PDF is made (docs/decisions/vector-pdf.md).
 */
import { GState, jsPDF } from 'jspdf';
import type { GroupOptions, Paint, PathData, Surface, TextStyle } from './surface';
import { fontAttributes, MIDDLE_TO_BASELINE_EM, svgColour } from './svg';

export type Face = 'normal' | 'bold' | 'italic';
/** TrueType files, base64, one per face the composition uses. */
export type PdfFonts = Record<Face, string>;
export const PDF_FAMILY = 'NotoSans';

export type PdfOptions = {
	widthPt: number;
	heightPt: number;
	ptPerPx: number;
	fonts: PdfFonts;
	/** Other widths (tests); default, and the app's: the embedded font's own, which the PDF draws. */
	measure?: (text: string, font: string) => number;
};
type Transform = { x: number; y: number; scale: number };

/** Weight 600 and up is the bold face (no semibold is embedded), italic the italic. */
export function faceOf(font: string): { face: Face; size: number } {
	const a = fontAttributes(font);
	const weight = a['font-weight'] === 'bold' ? 700 : Number(a['font-weight']) || 400;
	return {
		face: a['font-style'] === 'italic' ? 'italic' : weight >= 600 ? 'bold' : 'normal',
		size: Number(a['font-size'])
	};
}

export class PdfSurface implements Surface {
	readonly doc: jsPDF;
	readonly #k: number;
	readonly #measure: PdfOptions['measure'];
	#t: Transform = { x: 0, y: 0, scale: 1 };
	#gstate = '1/1';
	readonly #gstates = new Map<string, GState>();
	readonly #widths = new Map<string, number>();

	constructor(o: PdfOptions) {
		this.#k = o.ptPerPx;
		this.#measure = o.measure;
		this.doc = new jsPDF({
			orientation: o.widthPt >= o.heightPt ? 'landscape' : 'portrait',
			unit: 'pt',
			format: [o.widthPt, o.heightPt],
			compress: true,
			// Path coordinates to 0.001 pt (1/240 of a pixel at 300 dpi), not jsPDF's default 16 places:
			// the map's vertices are most of the file.
			floatPrecision: 3
		});
		for (const face of ['normal', 'bold', 'italic'] as const) {
			const file = `${PDF_FAMILY}-${face}.ttf`;
			this.doc.addFileToVFS(file, o.fonts[face]);
			this.doc.addFont(file, PDF_FAMILY, face, undefined, 'Identity-H');
		}
	}

	/** Widths from the embedded font's own metrics: the layout fits the letters the PDF draws. */
	measure(text: string, font: string): number {
		if (this.#measure) return this.#measure(text, font);
		const key = `${font}\u0000${text}`;
		let w = this.#widths.get(key);
		if (w === undefined) {
			const { face, size } = faceOf(font);
			this.doc.setFont(PDF_FAMILY, face);
			w = this.doc.getStringUnitWidth(text) * size;
			this.#widths.set(key, w);
		}
		return w;
	}

	group(options: GroupOptions, draw: () => void) {
		const saved = this.#t;
		const gstate = this.#gstate;
		const { doc } = this;
		if (options.clip) {
			const c = options.clip;
			doc.saveGraphicsState();
			doc.rect(this.#x(c.x), this.#y(c.y), this.#len(c.w), this.#len(c.h), null);
			doc.clip();
			doc.discardPath();
		}
		if (options.transform) {
			const t = options.transform;
			this.#t = {
				x: saved.x + t.x * saved.scale,
				y: saved.y + t.y * saved.scale,
				scale: saved.scale * t.scale
			};
		}
		try {
			draw();
		} finally {
			this.#t = saved;
			if (options.clip) {
				doc.restoreGraphicsState();
				// Q restored the opacity that was current at q.
				this.#gstate = gstate;
			}
		}
	}

	rect(x: number, y: number, w: number, h: number, paint: Paint) {
		this.#paint(paint, () => this.doc.rect(this.#x(x), this.#y(y), this.#len(w), this.#len(h), null));
	}

	circle(x: number, y: number, r: number, paint: Paint) {
		const disc = (radius: number) => this.doc.circle(this.#x(x), this.#y(y), this.#len(radius), null);
		const R = Math.max(0, r);
		const w = paint.stroke ? (paint.lineWidth ?? 1) : 0;
		if (w <= 0) return this.#paint(paint, () => disc(R));
		// The outline as a filled ring, not a stroke: poppler's Splash rasteriser (pdftoppm, Okular)
		// widens thin strokes, and a marker's 1.6 px ring round a 5.8 px dot covered its middle (a
		// city's dot 18 of 255 lighter than the PNG's); fills rasterise alike in Splash and cairo. The
		// same picture as fill-then-stroke, alpha included: the disc, then the ring over its edge.
		const { opacity } = paint;
		if (paint.fill) this.#paint({ fill: paint.fill, opacity }, () => disc(R));
		this.#paint({ fill: paint.stroke, opacity, fillRule: 'evenodd' }, () => {
			disc(R + w / 2);
			if (R > w / 2) disc(R - w / 2);
		});
	}

	path(data: PathData, paint: Paint & { closed?: boolean }) {
		const subs = data.filter((s) => s.length >= 2);
		if (subs.length === 0) return;
		this.#paint(paint, () => {
			for (const sub of subs) {
				sub.forEach(([x, y], i) =>
					i === 0 ? this.doc.moveTo(this.#x(x), this.#y(y)) : this.doc.lineTo(this.#x(x), this.#y(y))
				);
				if (paint.closed) this.doc.close();
			}
		});
	}

	text(text: string, x: number, y: number, s: TextStyle) {
		const { doc } = this;
		const { face, size } = faceOf(s.font);
		// PDF has no "middle" baseline: the embedded Noto Sans's, as the SVG's default.
		const dy = s.baseline === 'middle' ? MIDDLE_TO_BASELINE_EM * size : 0;
		const fill = svgColour(s.fill);
		const opacity = s.opacity ?? 1;
		doc.setFont(PDF_FAMILY, face);
		doc.setFontSize(this.#len(size));
		const options = {
			align:
				s.align === 'end'
					? ('right' as const)
					: s.align === 'center'
						? ('center' as const)
						: ('left' as const),
			baseline: 'alphabetic' as const,
			...(s.letterSpacing ? { charSpace: this.#len(s.letterSpacing) } : {})
		};
		const [px, py] = [this.#x(x), this.#y(y + dy)];
		if (s.halo) {
			// The halo as the same text stroked under it (text render mode 1), as the canvas does.
			const halo = svgColour(s.halo.colour);
			this.#opacity(1, halo.alpha * opacity);
			doc.setDrawColor(halo.hex);
			doc.setLineWidth(this.#len(s.halo.width));
			doc.setLineJoin('round');
			doc.text(text, px, py, { ...options, renderingMode: 'stroke' });
		}
		this.#opacity(fill.alpha * opacity, 1);
		doc.setTextColor(fill.hex);
		doc.text(text, px, py, { ...options, renderingMode: 'fill' });
	}

	blob(meta?: { title: string; author: string; credits: string; sources: string[] }): Blob {
		if (meta)
			this.doc.setProperties({
				title: meta.title,
				author: meta.author,
				subject: meta.credits,
				keywords: meta.sources.join('; ')
			});
		return this.doc.output('blob');
	}

	#x = (x: number) => (this.#t.x + x * this.#t.scale) * this.#k;
	#y = (y: number) => (this.#t.y + y * this.#t.scale) * this.#k;
	#len = (v: number) => v * this.#t.scale * this.#k;

	/** Fill and stroke alpha as an ExtGState, one per pair used, set only when it changes. */
	#opacity(fill: number, stroke: number) {
		const r = (v: number) => Math.round(v * 1000) / 1000;
		const key = `${r(fill)}/${r(stroke)}`;
		if (key === this.#gstate) return;
		let g = this.#gstates.get(key);
		if (!g) {
			g = new GState({ opacity: r(fill), 'stroke-opacity': r(stroke) });
			this.#gstates.set(key, g);
		}
		this.doc.setGState(g);
		this.#gstate = key;
	}

	#paint(p: Paint, trace: () => void) {
		const { doc } = this;
		const stroke = p.stroke && (p.lineWidth ?? 1) > 0 ? svgColour(p.stroke) : null;
		const fill = p.fill ? svgColour(p.fill) : null;
		if (!fill && !stroke) return;
		const o = p.opacity ?? 1;
		this.#opacity((fill?.alpha ?? 1) * o, (stroke?.alpha ?? 1) * o);
		if (fill) doc.setFillColor(fill.hex);
		if (stroke) {
			doc.setDrawColor(stroke.hex);
			doc.setLineWidth(this.#len(p.lineWidth ?? 1));
			doc.setLineCap(p.lineCap ?? 'butt');
			doc.setLineJoin(p.lineJoin ?? 'miter');
		}
		trace();
		const evenOdd = p.fillRule === 'evenodd';
		if (fill && stroke) {
			if (evenOdd) doc.fillStrokeEvenOdd();
			else doc.fillStroke();
		} else if (fill) {
			if (evenOdd) doc.fillEvenOdd();
			else doc.fill();
		} else doc.stroke();
	}
}
