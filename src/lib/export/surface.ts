/**
 * What the export's composition draws on: a few primitives in layout (CSS) px, so one composition
 * code (compose.ts, vector-map.ts) draws the PNG's 2D canvas and the SVG file alike
 * (docs/decisions/svg-export.md). The canvas surface is a thin wrapper over a 2D context; the SVG
 * surface (svg.ts) writes elements. Nothing here places anything: layout.ts and the label engine
 * decide where things go, a surface only draws them there.
 */
import type { Rect } from './camera';

/** A CSS colour: `#rrggbb`, or `rgb(r g b / a)` / `rgba(r, g, b, a)` when it has an alpha. */
export type Colour = string;

export type Paint = {
	fill?: Colour;
	stroke?: Colour;
	lineWidth?: number;
	/** Multiplies fill and stroke alike, as the 2D context's globalAlpha. */
	opacity?: number;
	lineCap?: 'butt' | 'round';
	lineJoin?: 'miter' | 'round';
	/** Polygons with holes: even–odd, as the tessellated fills of the map. */
	fillRule?: 'nonzero' | 'evenodd';
};

export type TextStyle = {
	/** A CSS font shorthand as layout.ts's FONTS: `[italic ]<weight> <size>px <family>`. */
	font: string;
	fill: Colour;
	align?: 'start' | 'center' | 'end';
	/** `middle`: y is the middle of the em box (canvas textBaseline 'middle'); else the baseline. */
	baseline?: 'alphabetic' | 'middle';
	/** A stroke under the text (names over borders and fills). */
	halo?: { colour: Colour; width: number };
	letterSpacing?: number;
	opacity?: number;
};

export type Point = readonly [number, number];
/** One or more sub-paths; each closed when `closed` is set. */
export type PathData = readonly (readonly Point[])[];

export type GroupOptions = {
	/** The SVG group's id (a layer's or a decoration's name); the canvas ignores it. */
	id?: string;
	/** Drawing is cut to this rectangle, in the coordinates outside the group's transform. */
	clip?: Rect;
	/** Applied inside the clip: coordinates in the group are scaled, then moved by (x, y). */
	transform?: { x: number; y: number; scale: number };
};

export interface Surface {
	/** Width of `text` in `font`, in layout px (both surfaces measure with the browser's canvas). */
	measure(text: string, font: string): number;
	group(options: GroupOptions, draw: () => void): void;
	rect(x: number, y: number, w: number, h: number, paint: Paint): void;
	circle(x: number, y: number, r: number, paint: Paint): void;
	path(data: PathData, paint: Paint & { closed?: boolean }): void;
	text(text: string, x: number, y: number, style: TextStyle): void;
}

/** The PNG's (and the preview's) surface: the 2D context, already scaled to layout px. */
export class CanvasSurface implements Surface {
	constructor(readonly g: CanvasRenderingContext2D) {}

	measure(text: string, font: string): number {
		this.g.font = font;
		return this.g.measureText(text).width;
	}

	group(options: GroupOptions, draw: () => void) {
		const { g } = this;
		g.save();
		if (options.clip) {
			const c = options.clip;
			g.beginPath();
			g.rect(c.x, c.y, c.w, c.h);
			g.clip();
		}
		if (options.transform) {
			g.translate(options.transform.x, options.transform.y);
			g.scale(options.transform.scale, options.transform.scale);
		}
		try {
			draw();
		} finally {
			g.restore();
		}
	}

	rect(x: number, y: number, w: number, h: number, paint: Paint) {
		this.#paint(paint, () => this.g.rect(x, y, w, h));
	}

	circle(x: number, y: number, r: number, paint: Paint) {
		this.#paint(paint, () => this.g.arc(x, y, Math.max(0, r), 0, 2 * Math.PI));
	}

	path(data: PathData, paint: Paint & { closed?: boolean }) {
		this.#paint(paint, () => {
			for (const sub of data) {
				sub.forEach(([x, y], i) => (i === 0 ? this.g.moveTo(x, y) : this.g.lineTo(x, y)));
				if (paint.closed) this.g.closePath();
			}
		});
	}

	text(text: string, x: number, y: number, s: TextStyle) {
		const { g } = this;
		g.save();
		g.globalAlpha = s.opacity ?? 1;
		g.font = s.font;
		g.textBaseline = s.baseline ?? 'alphabetic';
		g.textAlign = s.align === 'end' ? 'right' : s.align === 'center' ? 'center' : 'left';
		// Canvas letter spacing (Chrome 99, Firefox 115, Safari 18.4); without it the names are a little
		// narrower than their boxes, never wider.
		if (s.letterSpacing && 'letterSpacing' in g) g.letterSpacing = `${s.letterSpacing}px`;
		if (s.halo) {
			g.lineJoin = 'round';
			g.strokeStyle = s.halo.colour;
			g.lineWidth = s.halo.width;
			g.strokeText(text, x, y);
		}
		g.fillStyle = s.fill;
		g.fillText(text, x, y);
		g.restore();
	}

	#paint(paint: Paint, trace: () => void) {
		const { g } = this;
		g.save();
		g.globalAlpha = paint.opacity ?? 1;
		g.beginPath();
		trace();
		if (paint.fill) {
			g.fillStyle = paint.fill;
			g.fill(paint.fillRule ?? 'nonzero');
		}
		if (paint.stroke && (paint.lineWidth ?? 1) > 0) {
			g.strokeStyle = paint.stroke;
			g.lineWidth = paint.lineWidth ?? 1;
			g.lineCap = paint.lineCap ?? 'butt';
			g.lineJoin = paint.lineJoin ?? 'miter';
			g.stroke();
		}
		g.restore();
	}
}
