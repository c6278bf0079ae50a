/**
 * Draws the final image's composition on a surface (surface.ts: the PNG's 2D canvas or the SVG
 * file): everything a reader needs to cite and read the map — title, subtitle, legend, scale bar,
 * north arrow, date, sources and attribution — and the place names the label engine placed.
 * Everything below is in layout (CSS) px; the map itself is drawn by the caller.
 */
import type { RGB } from '$lib/map/palette';
import { basemapColours } from '$lib/map/palette';
import { FONTS, LINE, MARGIN, type Layout } from './layout';
import type { LegendItem } from '$lib/map/legend';
import type { ScaleBar } from './scale';
import type { Rect } from '$lib/map/padding';
import { LABEL_FAMILY, type PlacedLabel } from '$lib/map/labels';
import type { Surface } from './surface';

export type Decorations = {
	scaleBar: ScaleBar | null;
	northArrow: boolean;
	date: string | null;
};

const INK = '#24221f';
const MUTED = '#5a564f';
const PAPER = '#ffffff';
const rgb = (c: RGB, a = 1) => `rgb(${c[0]} ${c[1]} ${c[2]} / ${a})`;

/** Where the decorations over the map go: drawDecorations draws there, decorationBoxes keeps names off. */
const spots = ({ map }: Layout) => ({
	badge: { x: map.x + 10, y: map.y + 10 },
	north: { x: map.x + map.w - 34, y: map.y + 12 },
	scale: { x: map.x + 12, y: map.y + map.h - 14 }
});

/**
 * The boxes that the decorations drawn over the map cover (date, north arrow, scale bar), in layout
 * px: obstacles for the place names, which would be half hidden under them.
 */
export function decorationBoxes(s: Surface, layout: Layout, deco: Decorations): Rect[] {
	const at = spots(layout);
	const box = (x: number, y: number, w: number, h: number): Rect => ({
		left: x,
		top: y,
		right: x + w,
		bottom: y + h
	});
	const out: Rect[] = [];
	if (deco.date)
		out.push(box(at.badge.x, at.badge.y, s.measure(formatDate(deco.date), FONTS.badge) + 16, 26));
	// The circle (radius 19 round x + 11, y + 22) and the N above it.
	if (deco.northArrow) out.push(box(at.north.x - 8, at.north.y - 6, 38, 47));
	if (deco.scaleBar) {
		const labelW = s.measure(deco.scaleBar.label, FONTS.small);
		out.push(box(at.scale.x - 6, at.scale.y - 22, deco.scaleBar.pixels + labelW + 22, 28));
	}
	if (layout.legend) {
		const r = layout.legend.rect;
		out.push(box(r.x, r.y, r.w, r.h));
	}
	return out;
}

/**
 * The place names the label engine placed (labels.ts), in layout px, as the live map's HTML draws
 * them: a halo stroke under the text, a city's dot ringed in the halo colour.
 */
export function drawLabels(s: Surface, labels: readonly PlacedLabel[]) {
	s.group({ id: 'place-names' }, () => {
		for (const l of labels) {
			if (l.dot) {
				const d = l.dot;
				// The ring is the outer strokeWidth of the dot, in the halo's colour.
				s.circle(d.x, d.y, d.r - d.strokeWidth / 2, {
					fill: d.fill,
					stroke: d.stroke,
					lineWidth: d.strokeWidth
				});
			}
			// The lines the engine broke a long feature name into, centred on the label's y.
			l.lines.forEach((line, i) =>
				s.text(line, l.x, l.y + (i - (l.lines.length - 1) / 2) * l.lineHeight, {
					font: `${l.weight} ${l.size}px ${LABEL_FAMILY}`,
					fill: l.colour,
					align: l.anchor === 'middle' ? 'center' : l.anchor,
					baseline: 'middle',
					halo: l.halo,
					letterSpacing: l.letterSpacing,
					opacity: l.opacity
				})
			);
		}
	});
}

/** Everything except the map itself, which the caller has already drawn into `layout.map`. */
export function drawDecorations(s: Surface, layout: Layout, deco: Decorations) {
	const { map } = layout;
	const at = spots(layout);
	// Header.
	let y = MARGIN;
	s.group({ id: 'title' }, () => {
		for (const line of layout.titleLines)
			s.text(line, MARGIN, (y += LINE.title) - 8, { font: FONTS.title, fill: INK });
		for (const line of layout.subtitleLines)
			s.text(line, MARGIN, (y += LINE.subtitle) - 5, { font: FONTS.subtitle, fill: MUTED });
	});
	// A hairline frame keeps the map's light edge from dissolving into the white page.
	s.group({ id: 'frame' }, () =>
		s.rect(map.x + 0.5, map.y + 0.5, map.w - 1, map.h - 1, { stroke: basemapColours.border, lineWidth: 1 })
	);

	if (deco.date) s.group({ id: 'date' }, () => drawBadge(s, at.badge.x, at.badge.y, formatDate(deco.date!)));
	if (deco.northArrow) s.group({ id: 'north-arrow' }, () => drawNorthArrow(s, at.north.x, at.north.y));
	if (deco.scaleBar)
		s.group({ id: 'scale-bar' }, () => drawScaleBar(s, at.scale.x, at.scale.y, deco.scaleBar!));
	if (layout.legend) s.group({ id: 'legend' }, () => drawLegend(s, layout.legend!));

	// Footer: attribution, always present.
	let fy = layout.height - MARGIN - layout.footerLines.length * LINE.small;
	s.group({ id: 'credits' }, () => {
		for (const line of layout.footerLines)
			s.text(line, MARGIN, (fy += LINE.small) - 4, { font: FONTS.small, fill: MUTED });
	});
}

function drawLegend(s: Surface, legend: NonNullable<Layout['legend']>) {
	const { rect, scale, blocks } = legend;
	s.rect(rect.x, rect.y, rect.w, rect.h, { fill: PAPER });
	s.group({ transform: { x: rect.x, y: rect.y, scale } }, () => {
		for (const b of blocks) {
			let y = b.y;
			s.text(b.section.title, b.x, (y += LINE.legendTitle) - 5, { font: FONTS.legendTitle, fill: INK });
			for (const line of b.noteLines)
				s.text(line, b.x, (y += LINE.legendNote) - 4, { font: FONTS.legendNote, fill: MUTED });
			for (const [i, item] of b.section.items.entries()) {
				drawSymbol(s, item, b.x, y + 2);
				for (const line of b.itemLines[i] ?? [item.label])
					s.text(line, b.x + 26, (y += LINE.legendItem) - 5, { font: FONTS.legendItem, fill: INK });
			}
		}
	});
}

/** The legend symbols of Legend.svelte, drawn in a 20 × 15 cell. */
export function drawSymbol(s: Surface, item: LegendItem, x: number, y: number) {
	const c = rgb(item.colour);
	switch (item.symbol) {
		case 'swatch':
			s.rect(x + 1, y + 2, 18, 12, { fill: c });
			s.rect(x + 0.5, y + 1.5, 19, 13, { stroke: '#bbbbbb', lineWidth: 1 });
			break;
		case 'outline':
			s.rect(x + 2.5, y + 3.5, 15, 9, { stroke: c, lineWidth: 3 });
			break;
		case 'dot':
		case 'big-dot': {
			const r = item.symbol === 'dot' ? 6 : 8;
			s.circle(x + 10, y + 8, r, { fill: c, stroke: '#ffffff', lineWidth: 1.5 });
			s.circle(x + 10, y + 8, r + 1, { stroke: '#888888', lineWidth: 0.75 });
			break;
		}
		case 'line':
			s.rect(x + 1, y + 7, 18, 3, { fill: c });
			break;
		case 'hatch': {
			// A mid-class swatch with the map's white diagonal lines over it.
			s.rect(x + 1, y + 2, 18, 12, { fill: c });
			const lines: [number, number][][] = [];
			for (let d = -12; d < 20; d += 5)
				lines.push([
					[x + 1 + d, y + 14],
					[x + 13 + d, y + 2]
				]);
			s.group({ clip: { x: x + 1, y: y + 2, w: 18, h: 12 } }, () =>
				s.path(lines, { stroke: 'rgba(255, 255, 255, 0.75)', lineWidth: 1 })
			);
			break;
		}
		case 'arc': {
			// The upper half of a circle of radius 8 round (x + 10, y + 13).
			const pts: [number, number][] = [];
			for (let i = 0; i <= 24; i++) {
				const a = Math.PI + (i / 24) * Math.PI;
				pts.push([x + 10 + 8 * Math.cos(a), y + 13 + 8 * Math.sin(a)]);
			}
			s.path([pts], { stroke: c, lineWidth: 2 });
			break;
		}
	}
}

function drawBadge(s: Surface, x: number, y: number, text: string) {
	const w = s.measure(text, FONTS.badge) + 16;
	s.rect(x, y, w, 26, { fill: 'rgb(255 255 255 / 0.92)' });
	s.rect(x + 0.5, y + 0.5, w - 1, 25, { stroke: basemapColours.border, lineWidth: 1 });
	s.text(text, x + 8, y + 18.5, { font: FONTS.badge, fill: INK });
}

/** An arrow and an N: the map is north-up (the export never rotates), so the arrow points straight up. */
function drawNorthArrow(s: Surface, x: number, y: number) {
	s.circle(x + 11, y + 22, 19, { fill: 'rgb(255 255 255 / 0.85)' });
	const tip: [number, number] = [x + 11, y + 10];
	const notch: [number, number] = [x + 11, y + 29];
	s.path([[tip, [x + 18, y + 34], notch]], { fill: INK, closed: true });
	s.path([[tip, [x + 4, y + 34], notch]], { stroke: INK, lineWidth: 1, closed: true });
	s.text('N', x + 11, y + 8, { font: FONTS.legendTitle, fill: INK, align: 'center' });
}

function drawScaleBar(s: Surface, x: number, y: number, bar: ScaleBar) {
	const labelW = s.measure(bar.label, FONTS.small);
	s.rect(x - 6, y - 22, bar.pixels + labelW + 22, 28, { fill: 'rgb(255 255 255 / 0.85)' });
	// Alternating halves, as on printed maps, so the bar reads in greyscale too.
	s.rect(x, y - 6, bar.pixels / 2, 5, { fill: INK });
	s.rect(x + bar.pixels / 2, y - 6, bar.pixels / 2, 5, { fill: PAPER });
	s.rect(x, y - 6, bar.pixels, 5, { stroke: INK, lineWidth: 1 });
	s.text('0', x - 2, y - 10, { font: FONTS.small, fill: INK });
	s.text(bar.label, x + bar.pixels + 6, y, { font: FONTS.small, fill: INK });
}

function formatDate(iso: string): string {
	const d = new Date(`${iso}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
