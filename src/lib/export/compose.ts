/**
 * Draws the final image on a 2D canvas: the rendered map, then everything a reader needs to cite
 * and read it — title, subtitle, legend, scale bar, north arrow, date, sources and attribution.
 * The context is scaled by the pixel ratio, so everything below is in layout (CSS) px.
 */
import type { RGB } from '$lib/map/palette';
import { basemapColours } from '$lib/map/palette';
import { FONTS, LINE, MARGIN, type Layout } from './layout';
import type { LegendItem } from '$lib/map/legend';
import type { ScaleBar } from './scale';
import type { Rect } from '$lib/map/padding';
import { LABEL_FAMILY, type PlacedLabel } from '$lib/map/labels';

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
export function decorationBoxes(g: CanvasRenderingContext2D, layout: Layout, deco: Decorations): Rect[] {
	const at = spots(layout);
	const box = (x: number, y: number, w: number, h: number): Rect => ({
		left: x,
		top: y,
		right: x + w,
		bottom: y + h
	});
	const out: Rect[] = [];
	if (deco.date) {
		g.font = FONTS.badge;
		out.push(box(at.badge.x, at.badge.y, g.measureText(formatDate(deco.date)).width + 16, 26));
	}
	// The circle (radius 19 round x + 11, y + 22) and the N above it.
	if (deco.northArrow) out.push(box(at.north.x - 8, at.north.y - 6, 38, 47));
	if (deco.scaleBar) {
		g.font = FONTS.small;
		const labelW = g.measureText(deco.scaleBar.label).width;
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
export function drawLabels(g: CanvasRenderingContext2D, labels: readonly PlacedLabel[]) {
	g.save();
	g.textBaseline = 'middle';
	g.lineJoin = 'round';
	// Canvas letter spacing (Chrome 99, Firefox 115, Safari 18.4); without it the names are a little
	// narrower than their boxes, never wider.
	const spacing = 'letterSpacing' in g;
	for (const l of labels) {
		g.globalAlpha = 1;
		if (l.dot) {
			const d = l.dot;
			g.beginPath();
			g.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
			g.fillStyle = d.stroke;
			g.fill();
			g.beginPath();
			g.arc(d.x, d.y, Math.max(0, d.r - d.strokeWidth), 0, 2 * Math.PI);
			g.fillStyle = d.fill;
			g.fill();
		}
		g.globalAlpha = l.opacity;
		g.font = `${l.weight} ${l.size}px ${LABEL_FAMILY}`;
		if (spacing) g.letterSpacing = `${l.letterSpacing}px`;
		g.textAlign = l.anchor === 'start' ? 'left' : l.anchor === 'end' ? 'right' : 'center';
		g.strokeStyle = l.halo.colour;
		g.lineWidth = l.halo.width;
		g.fillStyle = l.colour;
		l.lines.forEach((line, i) => {
			const y = l.y + (i - (l.lines.length - 1) / 2) * l.lineHeight;
			g.strokeText(line, l.x, y);
			g.fillText(line, l.x, y);
		});
	}
	g.restore();
}

/** Everything except the map pixels, which the caller has already drawn into `layout.map`. */
export function drawDecorations(g: CanvasRenderingContext2D, layout: Layout, deco: Decorations) {
	const { map } = layout;
	const at = spots(layout);
	g.textBaseline = 'alphabetic';
	// Header.
	let y = MARGIN;
	g.fillStyle = INK;
	g.font = FONTS.title;
	for (const line of layout.titleLines) g.fillText(line, MARGIN, (y += LINE.title) - 8);
	g.fillStyle = MUTED;
	g.font = FONTS.subtitle;
	for (const line of layout.subtitleLines) g.fillText(line, MARGIN, (y += LINE.subtitle) - 5);
	// A hairline frame keeps the map's light edge from dissolving into the white page.
	g.strokeStyle = basemapColours.border;
	g.lineWidth = 1;
	g.strokeRect(map.x + 0.5, map.y + 0.5, map.w - 1, map.h - 1);

	if (deco.date) drawBadge(g, at.badge.x, at.badge.y, formatDate(deco.date));
	if (deco.northArrow) drawNorthArrow(g, at.north.x, at.north.y);
	if (deco.scaleBar) drawScaleBar(g, at.scale.x, at.scale.y, deco.scaleBar);
	if (layout.legend) drawLegend(g, layout.legend);

	// Footer: attribution, always present.
	g.fillStyle = MUTED;
	g.font = FONTS.small;
	let fy = layout.height - MARGIN - layout.footerLines.length * LINE.small;
	for (const line of layout.footerLines) g.fillText(line, MARGIN, (fy += LINE.small) - 4);
}

function drawLegend(g: CanvasRenderingContext2D, legend: NonNullable<Layout['legend']>) {
	const { rect, scale, blocks } = legend;
	g.save();
	g.fillStyle = PAPER;
	g.fillRect(rect.x, rect.y, rect.w, rect.h);
	g.translate(rect.x, rect.y);
	g.scale(scale, scale);
	for (const b of blocks) {
		let y = b.y;
		g.fillStyle = INK;
		g.font = FONTS.legendTitle;
		g.fillText(b.section.title, b.x, (y += LINE.legendTitle) - 5);
		g.fillStyle = MUTED;
		g.font = FONTS.legendNote;
		for (const line of b.noteLines) g.fillText(line, b.x, (y += LINE.legendNote) - 4);
		for (const [i, item] of b.section.items.entries()) {
			drawSymbol(g, item, b.x, y + 2);
			g.fillStyle = INK;
			g.font = FONTS.legendItem;
			for (const line of b.itemLines[i] ?? [item.label])
				g.fillText(line, b.x + 26, (y += LINE.legendItem) - 5);
		}
	}
	g.restore();
}

/** The legend symbols of Legend.svelte, drawn in a 20 × 15 cell. */
export function drawSymbol(g: CanvasRenderingContext2D, item: LegendItem, x: number, y: number) {
	const c = rgb(item.colour);
	g.save();
	switch (item.symbol) {
		case 'swatch':
			g.fillStyle = c;
			g.fillRect(x + 1, y + 2, 18, 12);
			g.strokeStyle = '#bbbbbb';
			g.lineWidth = 1;
			g.strokeRect(x + 0.5, y + 1.5, 19, 13);
			break;
		case 'outline':
			g.strokeStyle = c;
			g.lineWidth = 3;
			g.strokeRect(x + 2.5, y + 3.5, 15, 9);
			break;
		case 'dot':
		case 'big-dot': {
			const r = item.symbol === 'dot' ? 6 : 8;
			g.beginPath();
			g.arc(x + 10, y + 8, r, 0, 2 * Math.PI);
			g.fillStyle = c;
			g.fill();
			g.strokeStyle = '#ffffff';
			g.lineWidth = 1.5;
			g.stroke();
			g.beginPath();
			g.arc(x + 10, y + 8, r + 1, 0, 2 * Math.PI);
			g.strokeStyle = '#888888';
			g.lineWidth = 0.75;
			g.stroke();
			break;
		}
		case 'line':
			g.fillStyle = c;
			g.fillRect(x + 1, y + 7, 18, 3);
			break;
		case 'hatch':
			// A mid-class swatch with the map's white diagonal lines over it.
			g.fillStyle = c;
			g.fillRect(x + 1, y + 2, 18, 12);
			g.beginPath();
			g.rect(x + 1, y + 2, 18, 12);
			g.clip();
			g.strokeStyle = 'rgba(255, 255, 255, 0.75)';
			g.lineWidth = 1;
			for (let d = -12; d < 20; d += 5) {
				g.moveTo(x + 1 + d, y + 14);
				g.lineTo(x + 13 + d, y + 2);
			}
			g.stroke();
			break;
		case 'arc':
			g.beginPath();
			g.arc(x + 10, y + 13, 8, Math.PI, 2 * Math.PI);
			g.strokeStyle = c;
			g.lineWidth = 2;
			g.stroke();
			break;
	}
	g.restore();
}

function drawBadge(g: CanvasRenderingContext2D, x: number, y: number, text: string) {
	g.font = FONTS.badge;
	const w = g.measureText(text).width + 16;
	g.fillStyle = 'rgb(255 255 255 / 0.92)';
	g.fillRect(x, y, w, 26);
	g.strokeStyle = basemapColours.border;
	g.strokeRect(x + 0.5, y + 0.5, w - 1, 25);
	g.fillStyle = INK;
	g.fillText(text, x + 8, y + 18.5);
}

/** An arrow and an N: the map is north-up (the export never rotates), so the arrow points straight up. */
function drawNorthArrow(g: CanvasRenderingContext2D, x: number, y: number) {
	g.save();
	g.fillStyle = 'rgb(255 255 255 / 0.85)';
	g.beginPath();
	g.arc(x + 11, y + 22, 19, 0, 2 * Math.PI);
	g.fill();
	g.fillStyle = INK;
	g.beginPath();
	g.moveTo(x + 11, y + 10);
	g.lineTo(x + 18, y + 34);
	g.lineTo(x + 11, y + 29);
	g.closePath();
	g.fill();
	g.strokeStyle = INK;
	g.lineWidth = 1;
	g.beginPath();
	g.moveTo(x + 11, y + 10);
	g.lineTo(x + 4, y + 34);
	g.lineTo(x + 11, y + 29);
	g.closePath();
	g.stroke();
	g.font = FONTS.legendTitle;
	g.textAlign = 'center';
	g.fillText('N', x + 11, y + 8);
	g.restore();
}

function drawScaleBar(g: CanvasRenderingContext2D, x: number, y: number, bar: ScaleBar) {
	g.save();
	g.font = FONTS.small;
	const labelW = g.measureText(bar.label).width;
	g.fillStyle = 'rgb(255 255 255 / 0.85)';
	g.fillRect(x - 6, y - 22, bar.pixels + labelW + 22, 28);
	// Alternating halves, as on printed maps, so the bar reads in greyscale too.
	g.fillStyle = INK;
	g.fillRect(x, y - 6, bar.pixels / 2, 5);
	g.fillStyle = PAPER;
	g.fillRect(x + bar.pixels / 2, y - 6, bar.pixels / 2, 5);
	g.strokeStyle = INK;
	g.lineWidth = 1;
	g.strokeRect(x, y - 6, bar.pixels, 5);
	g.fillStyle = INK;
	g.fillText('0', x - 2, y - 10);
	g.fillText(bar.label, x + bar.pixels + 6, y);
	g.restore();
}

function formatDate(iso: string): string {
	const d = new Date(`${iso}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
