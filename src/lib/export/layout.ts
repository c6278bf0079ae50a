/**
 * Page layout of the exported image, in CSS px (the 2D context is scaled by the pixel ratio, so the
 * same layout serves 1× screens and 300 dpi paper). Landscape: legend in a column at the right.
 * Portrait: legend in columns under the map. Text is measured by the caller's `measure`, so the
 * layout is the same maths whatever draws it.
 */
import type { Rect } from './camera';
import type { LegendSection } from '$lib/map/legend';

export type Measure = (text: string, font: string) => number;

const FAMILY = '"Noto Sans", "DejaVu Sans", system-ui, sans-serif';
export const FONTS = {
	title: `700 26px ${FAMILY}`,
	subtitle: `italic 400 15px ${FAMILY}`,
	legendTitle: `700 13px ${FAMILY}`,
	legendNote: `400 11px ${FAMILY}`,
	legendItem: `400 12.5px ${FAMILY}`,
	small: `400 11px ${FAMILY}`,
	badge: `700 15px ${FAMILY}`
};
export const LINE = { title: 32, subtitle: 21, legendTitle: 19, legendNote: 15, legendItem: 19, small: 15 };
export const MARGIN = 28;
const GAP = 14;
const LEGEND_COLUMN = 270;
const SECTION_GAP = 8;
const MAX_SUBTITLE_LINES = 3;

/** Greedy word wrap; a word longer than the line is left whole (it is clipped by nothing here). */
export function wrap(text: string, font: string, maxWidth: number, measure: Measure, maxLines = Infinity) {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (line && measure(next, font) > maxWidth) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = ellipsize(kept[maxLines - 1]!, font, maxWidth, measure);
		return kept;
	}
	return lines;
}

function ellipsize(line: string, font: string, maxWidth: number, measure: Measure) {
	let s = line;
	while (s.length > 1 && measure(`${s}…`, font) > maxWidth)
		s = s.slice(0, s.lastIndexOf(' ') > 0 ? s.lastIndexOf(' ') : -1);
	return `${s}…`;
}

export type LegendBlock = {
	section: LegendSection;
	noteLines: string[];
	/** Each item's label, wrapped beside its 26 px symbol cell: a long label may take two lines. */
	itemLines: string[][];
	x: number;
	y: number;
	height: number;
};

export type Layout = {
	width: number;
	height: number;
	titleLines: string[];
	subtitleLines: string[];
	footerLines: string[];
	map: Rect;
	legend: { rect: Rect; scale: number; blocks: LegendBlock[] } | null;
};

export type LayoutInput = {
	width: number;
	height: number;
	title: string;
	subtitle: string;
	footer: string;
	sections: LegendSection[];
	measure: Measure;
};

export function planLayout(input: LayoutInput): Layout {
	const { width, height, measure } = input;
	const inner = width - 2 * MARGIN;
	const titleLines = input.title ? wrap(input.title, FONTS.title, inner, measure, 2) : [];
	const subtitleLines = input.subtitle
		? wrap(input.subtitle, FONTS.subtitle, inner, measure, MAX_SUBTITLE_LINES)
		: [];
	const footerLines = wrap(input.footer, FONTS.small, inner, measure);
	const headerH = titleLines.length * LINE.title + subtitleLines.length * LINE.subtitle;
	const top = MARGIN + headerH + (headerH ? GAP : 0);
	const bottom = height - MARGIN - footerLines.length * LINE.small - GAP;
	const base = { width, height, titleLines, subtitleLines, footerLines };
	const full: Rect = { x: MARGIN, y: top, w: inner, h: bottom - top };
	if (input.sections.length === 0) return { ...base, map: whole(full), legend: null };

	if (width >= height) {
		const colW = LEGEND_COLUMN;
		const blocks = stack(input.sections, colW - 16, measure);
		const natural = blocksHeight(blocks);
		// A legend taller than the map column is drawn smaller rather than cut off.
		const scale = Math.min(1, (full.h - 16) / natural);
		const rect = { x: width - MARGIN - colW, y: top, w: colW, h: Math.min(full.h, natural * scale + 16) };
		place(blocks, 8 / scale, 8 / scale);
		return {
			...base,
			map: whole({ x: MARGIN, y: top, w: inner - colW - GAP, h: full.h }),
			legend: { rect, scale, blocks }
		};
	}
	// Portrait: balance the sections over as many columns as fit, then give the map what is left.
	const cols = Math.max(1, Math.floor(inner / 250));
	const colW = inner / cols;
	const blocks = stack(input.sections, colW - 20, measure);
	const columns = balance(blocks, cols);
	const natural = Math.max(...columns.map(blocksHeight));
	const scale = Math.min(1, (full.h * 0.45) / natural);
	const legendH = natural * scale + 16;
	const rect = { x: MARGIN, y: bottom - legendH, w: inner, h: legendH };
	columns.forEach((col, i) => place(col, (8 + i * colW) / scale, 8 / scale));
	return {
		...base,
		map: whole({ x: MARGIN, y: top, w: inner, h: rect.y - GAP - top }),
		legend: { rect, scale, blocks }
	};
}

/** Whole CSS pixels: the offscreen map is sized to the map box, and MapLibre wants integers. */
function whole(r: Rect): Rect {
	const x = Math.round(r.x);
	const y = Math.round(r.y);
	return { x, y, w: Math.floor(r.x + r.w) - x, h: Math.floor(r.y + r.h) - y };
}

function stack(sections: LegendSection[], width: number, measure: Measure): LegendBlock[] {
	return sections.map((section) => {
		const noteLines = section.note ? wrap(section.note, FONTS.legendNote, width, measure) : [];
		const itemLines = section.items.map((item) => wrap(item.label, FONTS.legendItem, width - 26, measure));
		const lines = itemLines.reduce((n, l) => n + l.length, 0);
		const height = LINE.legendTitle + noteLines.length * LINE.legendNote + lines * LINE.legendItem;
		return { section, noteLines, itemLines, x: 0, y: 0, height };
	});
}

const blocksHeight = (blocks: LegendBlock[]) =>
	blocks.reduce((h, b) => h + b.height, 0) + Math.max(0, blocks.length - 1) * SECTION_GAP;

/** Legend-local positions (unscaled), top to bottom from (x0, y0). */
function place(blocks: LegendBlock[], x0: number, y0: number) {
	let y = y0;
	for (const b of blocks) {
		b.x = x0;
		b.y = y;
		y += b.height + SECTION_GAP;
	}
}

/** Sections in order, filled column by column up to an even share of the total height. */
function balance(blocks: LegendBlock[], cols: number): LegendBlock[][] {
	const target = blocksHeight(blocks) / cols;
	const out: LegendBlock[][] = [[]];
	let h = 0;
	for (const b of blocks) {
		const col = out[out.length - 1]!;
		if (col.length > 0 && h + b.height / 2 > target && out.length < cols) {
			out.push([b]);
			h = b.height + SECTION_GAP;
		} else {
			col.push(b);
			h += b.height + SECTION_GAP;
		}
	}
	return out;
}
