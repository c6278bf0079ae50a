// The one label engine: which names fit, and where, on the live map (MapLabels.svelte), in an image
// export and its preview (export/labels.ts), and in the SVG export to come. A greedy placement, most
// important first, with no two labels overlapping. Pure geometry in output pixels, so it is tested
// without a map or a browser; each surface brings its own projection, size, scale and obstacles,
// and draws the same list of placed labels (text, position, size, weight, anchor, halo).
import type { BasemapLabel } from './basemap';
import type { Rect } from './padding';
import { basemapColours as colours } from './palette';

/** The basemap's place names, and the names of the features the active passage is about. */
export type LabelKind = BasemapLabel['kind'] | 'feature';

/** A name that may be placed: measured once, at scale 1 (screen CSS px). */
export type LabelCandidate = {
	key: string;
	/** As drawn: country names are upper-cased. */
	text: string;
	kind: LabelKind;
	/** Lower goes first: it wins where two labels would overlap. */
	priority: number;
	lngLat: [number, number];
	/** Left out below this zoom of the reader's view. */
	minZoom: number;
	style: LabelStyle;
	/** The box at scale 1: text and, for a city, its dot. */
	width: number;
	height: number;
};

/** How one kind of name looks at scale 1, in CSS px (MapLabels' HTML and the export's canvas). */
export type LabelStyle = {
	size: number;
	weight: 400 | 600;
	/** Added after every character, as CSS letter-spacing. */
	letterSpacing: number;
	opacity: number;
	colour: string;
	/**
	 * `start`: the text begins right of a dot on the anchor (a city) or of a marker; `middle`: centred
	 * on it; `end`: it ends left of a marker.
	 */
	anchor: 'start' | 'middle' | 'end';
	/**
	 * The city dot's diameter (0: no dot); the anchor's distance from the box's left edge (negative:
	 * the box starts right of it, beside a marker the map draws) and where the text starts in the box.
	 */
	dot: number;
	dotCentre: number;
	textOffset: number;
	/** Tried where this style finds no room: a marker's name on its left instead of its right. */
	left?: LabelStyle;
};

/** A placed label, in the output's pixels: everything a surface (HTML, 2D canvas, SVG) needs to draw it. */
export type PlacedLabel = {
	key: string;
	text: string;
	kind: LabelKind;
	/** The text's anchor point: its left end (`start`), centre (`middle`) or right end, on the line's middle. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	size: number;
	weight: number;
	letterSpacing: number;
	opacity: number;
	colour: string;
	/** Drawn under the text (a stroke), so names read over borders and fills. */
	halo: { colour: string; width: number };
	dot: { x: number; y: number; r: number; fill: string; stroke: string; strokeWidth: number } | null;
	box: Rect;
};

export const LABEL_FAMILY = '"Noto Sans", "DejaVu Sans", system-ui, sans-serif';
/** Line height over font size, as the HTML labels' `line-height`. */
const LINE = 1.2;
/** Room kept between two labels, and between a label and an obstacle, at scale 1. */
export const LABEL_GAP = 3;
/** Cities only from zoom 3, where they stop crowding each other. */
export const CITY_MIN_ZOOM = 3;
const HALO = 3;
const DOT_GAP = 3;

const CITY: LabelStyle = {
	size: 12,
	weight: 400,
	letterSpacing: 0,
	opacity: 1,
	colour: colours.label,
	anchor: 'start',
	// 7 px with half a pixel before it: its centre on the same pixel as a capital's 8 px dot.
	dot: 7,
	dotCentre: 4,
	textOffset: 7 + 0.5 + DOT_GAP
};
const CAPITAL: LabelStyle = { ...CITY, weight: 600, dot: 8, textOffset: 8 + DOT_GAP };
const COUNTRY: LabelStyle = {
	size: 11,
	weight: 400,
	letterSpacing: 0.12 * 11,
	opacity: 0.85,
	colour: colours.label,
	anchor: 'middle',
	dot: 0,
	dotCentre: 0,
	textOffset: 0
};
const MAJOR_COUNTRY: LabelStyle = { ...COUNTRY, size: 14, weight: 600, letterSpacing: 0.12 * 14 };
/** What the passage names: darker and bolder than any place name, beside its marker or centred. */
const FEATURE_NAME: LabelStyle = {
	size: 12.5,
	weight: 600,
	letterSpacing: 0,
	opacity: 1,
	colour: '#24221f',
	anchor: 'middle',
	dot: 0,
	dotCentre: 0,
	textOffset: 0
};
/** Right of the largest marker (8 px radius and its rim, dot-layer.ts) with 3 px to spare. */
const FEATURE_BESIDE: LabelStyle = {
	...FEATURE_NAME,
	anchor: 'start',
	dotCentre: -12,
	// `end`: the anchor 12 px right of the box's right edge.
	left: { ...FEATURE_NAME, anchor: 'end', dotCentre: -12 }
};

export const labelFont = (s: Pick<LabelStyle, 'size' | 'weight'>, scale = 1) =>
	`${s.weight} ${s.size * scale}px ${LABEL_FAMILY}`;

/** Text width in CSS px with the given font and letter spacing (a 2D context's measureText). */
export type Measure = (text: string, font: string, letterSpacing: number) => number;

/** A Measure on a 2D context: letter spacing added per character, as CSS does. */
export function canvasMeasure(g: CanvasRenderingContext2D): Measure {
	return (text, font, letterSpacing) => {
		g.font = font;
		return g.measureText(text).width + letterSpacing * [...text].length;
	};
}

/**
 * The basemap's names as candidates, measured once: country names before cities (as MapLibre placed
 * its upper layer first), then by rank. Keys are the names' indices, stable for one list.
 */
export function nameCandidates(names: readonly BasemapLabel[], measure: Measure): LabelCandidate[] {
	return names.map((n, i) => {
		const country = n.kind === 'country-label';
		const style = country ? (n.rank === 1 ? MAJOR_COUNTRY : COUNTRY) : n.capital ? CAPITAL : CITY;
		const text = country ? n.name.toUpperCase() : n.name;
		return {
			key: String(i),
			text,
			kind: n.kind,
			priority: (country ? 0 : 10) + n.rank,
			lngLat: n.lngLat,
			minZoom: country ? 0 : CITY_MIN_ZOOM,
			style,
			width: style.textOffset + measure(text, labelFont(style), style.letterSpacing),
			height: style.size * LINE
		};
	});
}

/** A feature the active passage names, and where (feature-names.ts). */
export type FeatureName = {
	id: string;
	name: string;
	lngLat: [number, number];
	/** A point with its own marker on the map: the name goes beside it, not over it. */
	marker: boolean;
};

/**
 * The passage's features as candidates: they outrank every place name (priorities below 0), in the
 * passage's order, and are named at any zoom.
 */
export function featureCandidates(features: readonly FeatureName[], measure: Measure): LabelCandidate[] {
	return features.map((f, i) => {
		const style = f.marker ? FEATURE_BESIDE : FEATURE_NAME;
		return {
			key: `feature:${f.id}`,
			text: f.name,
			kind: 'feature',
			priority: -1000 + i,
			lngLat: f.lngLat,
			minZoom: 0,
			style,
			width: style.textOffset + measure(f.name, labelFont(style), style.letterSpacing),
			height: style.size * LINE
		};
	});
}

export type Projection = (lngLat: [number, number]) => [number, number];

export type PlaceInput = {
	candidates: readonly LabelCandidate[];
	/** Into the output's pixels. */
	project: Projection;
	/** The area names must lie wholly inside, in output px. */
	frame: Rect;
	/** Output px per CSS px of the reader's view: sizes, gaps and offsets are multiplied by it. */
	scale: number;
	/** The reader's zoom (the candidates' minZoom is compared with it), not the output's. */
	zoom: number;
	/** Boxes no name may touch: panels and controls on screen, decorations in an export. */
	obstacles: readonly Rect[];
};

/** The greedy placement: candidates in priority order (ties: input order), each kept if it fits. */
export function placeLabels(input: PlaceInput): PlacedLabel[] {
	const { frame, scale, obstacles } = input;
	const gap = LABEL_GAP * scale;
	const kept: Rect[] = [...obstacles];
	const out: PlacedLabel[] = [];
	for (const c of inPriorityOrder(input.candidates)) {
		if (input.zoom < c.minZoom) continue;
		const at = input.project(c.lngLat);
		// A name beside a marker goes right of it, or left where the right has no room.
		const label = (c.style.left ? [c.style, c.style.left] : [c.style])
			.map((style) => layout({ ...c, style }, at, scale))
			.find(({ box: b }) => {
				if (!Number.isFinite(b.left) || !Number.isFinite(b.top)) return false;
				if (b.left < frame.left || b.top < frame.top || b.right > frame.right || b.bottom > frame.bottom)
					return false;
				return !kept.some((k) => overlaps(b, k, gap));
			});
		if (!label) continue;
		kept.push(label.box);
		out.push(label);
	}
	return out;
}

/**
 * The names of a view the reader saw, in another output of it (an export): first placed exactly as
 * on screen (the screen's frame and panels, projected into this output, sizes scaled with the view),
 * so the same names win; those that do not fit this output's frame or touch its `obstacles` are
 * dropped, not replaced. Then the room the reader did not see (past the screen's edges, under its
 * panels) gets names of its own, clear of those placed first.
 */
export function placeAsSeen(
	input: PlaceInput & { seen: { frame: Rect; obstacles: readonly Rect[] } }
): PlacedLabel[] {
	const asSeen = placeLabels({ ...input, frame: input.seen.frame, obstacles: input.seen.obstacles });
	const gap = LABEL_GAP * input.scale;
	const fits = (l: PlacedLabel) =>
		inside(l.box, input.frame) && !input.obstacles.some((o) => overlaps(l.box, o, gap));
	const placed = new Set(asSeen.map((l) => l.key));
	const rest = placeLabels({
		...input,
		candidates: input.candidates.filter((c) => !placed.has(c.key)),
		obstacles: [...input.obstacles, ...asSeen.map((l) => l.box)]
	});
	const order = new Map(inPriorityOrder(input.candidates).map((c, i) => [c.key, i]));
	return [...asSeen.filter(fits), ...rest].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

function inPriorityOrder(candidates: readonly LabelCandidate[]): LabelCandidate[] {
	return candidates
		.map((c, i) => ({ c, i }))
		.sort((a, b) => a.c.priority - b.c.priority || a.i - b.i)
		.map(({ c }) => c);
}

function layout(c: LabelCandidate, [x, y]: [number, number], k: number): PlacedLabel {
	const s = c.style;
	const w = c.width * k;
	const h = c.height * k;
	// A city's box starts left of its anchor, where the dot's centre falls; a country's is centred; a
	// marker's name starts right of the marker or ends left of it.
	const left =
		s.anchor === 'start' ? x - s.dotCentre * k : s.anchor === 'end' ? x + s.dotCentre * k - w : x - w / 2;
	const top = y - h / 2;
	return {
		key: c.key,
		text: c.text,
		kind: c.kind,
		x: s.anchor === 'start' ? left + s.textOffset * k : s.anchor === 'end' ? left + w : x,
		y,
		anchor: s.anchor,
		size: s.size * k,
		weight: s.weight,
		letterSpacing: s.letterSpacing * k,
		opacity: s.opacity,
		colour: s.colour,
		halo: { colour: colours.labelHalo, width: HALO * k },
		dot: s.dot
			? { x, y, r: (s.dot / 2) * k, fill: colours.city, stroke: colours.labelHalo, strokeWidth: 1.5 * k }
			: null,
		box: { left, top, right: left + w, bottom: top + h }
	};
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
	a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

const inside = (a: Rect, f: Rect) =>
	a.left >= f.left && a.top >= f.top && a.right <= f.right && a.bottom <= f.bottom;
