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
	/** As drawn, one entry per line: `[text]` unless the name is wrapped. */
	lines: readonly string[];
	/**
	 * Other ways to place the same name, tried in order where the first finds no room: another side
	 * of its marker, another point along its line, the name wrapped onto more lines.
	 */
	options?: readonly LabelOption[];
};

/** One way of placing a candidate: where, in which style, on how many lines. */
export type LabelOption = Pick<LabelCandidate, 'lngLat' | 'style' | 'width' | 'height' | 'lines'>;

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
	/**
	 * 0: the box is centred on the anchor's height. Above 0, its top is this far below the anchor; below
	 * 0, its bottom this far above it (a name under or over a marker).
	 */
	offsetY?: number;
	/** Then moved this far down (up, if negative): a name in a column beside a crowded marker. */
	shiftY?: number;
};

/** A placed label, in the output's pixels: everything a surface (HTML, 2D canvas, SVG) needs to draw it. */
export type PlacedLabel = {
	key: string;
	text: string;
	kind: LabelKind;
	/**
	 * The text's anchor point: its left end (`start`), centre (`middle`) or right end; `y` is the middle
	 * of the text block (of its one line, or of all its lines).
	 */
	x: number;
	y: number;
	/** Each drawn `lineHeight` below the one before, centred on `y` as a block. */
	lines: readonly string[];
	lineHeight: number;
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
/** Clear of the largest marker (8 px radius and its rim, dot-layer.ts) with 3 px to spare. */
const MARKER_CLEAR = 12;
/** A line's width and a little: a name over or under a pipeline leaves it in sight. */
const LINE_CLEAR = 4;
/** One line of a feature name (12.5 px at 1.2) and the gap between labels, rounded up. */
const STACK = 19;
/** A corner of the box this far across and up or down from a marker's centre clears it (8.5 px). */
const CORNER_CLEAR = 8;
/**
 * A marker's name: right of it, else left of it (`end`: the anchor 12 px right of the box's right
 * edge), else centred over it, else under it, else off one of its corners. Several markers a few
 * kilometres apart (Almaty's airport, power plants and the CSTO's headquarters) share one spot at a
 * passage's zoom, and each needs a side of its own.
 */
const FEATURE_BESIDE: readonly LabelStyle[] = [
	{ ...FEATURE_NAME, anchor: 'start', dotCentre: -MARKER_CLEAR },
	{ ...FEATURE_NAME, anchor: 'end', dotCentre: -MARKER_CLEAR },
	{ ...FEATURE_NAME, offsetY: -MARKER_CLEAR },
	{ ...FEATURE_NAME, offsetY: MARKER_CLEAR },
	...(['start', 'end'] as const).flatMap((anchor) =>
		[-CORNER_CLEAR, CORNER_CLEAR].map((offsetY) => ({
			...FEATURE_NAME,
			anchor,
			dotCentre: -CORNER_CLEAR,
			offsetY
		}))
	),
	// Last, a column beside the marker, one and two lines up or down: where markers share a spot,
	// their names stack beside it rather than drop out.
	...(['start', 'end'] as const).flatMap((anchor) =>
		[-1, 1, -2, 2].map((n) => ({
			...FEATURE_NAME,
			anchor,
			dotCentre: -MARKER_CLEAR,
			shiftY: n * STACK
		}))
	)
];
/**
 * A line's or region's name: on it, else just over it, else just under it, else a line farther over
 * or under (where the markers' names along it have taken the room beside it).
 */
const FEATURE_ON: readonly LabelStyle[] = [
	FEATURE_NAME,
	...[LINE_CLEAR, LINE_CLEAR + STACK].flatMap((d) => [
		{ ...FEATURE_NAME, offsetY: -d },
		{ ...FEATURE_NAME, offsetY: d }
	])
];
/** A feature name wider than this may be wrapped, where it finds no room on one line. */
const WRAP_MIN = 90;

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
			height: style.size * LINE,
			lines: [text]
		};
	});
}

/** A feature the active passage names, and where (feature-names.ts). */
export type FeatureName = {
	id: string;
	name: string;
	lngLat: [number, number];
	/** Other points of the feature the name may stand at, in order: along a line, off its middle. */
	alternatives?: readonly [number, number][];
	/** A point with its own marker on the map: the name goes beside it, not over it. */
	marker: boolean;
};

/**
 * The passage's features as candidates: they outrank every place name (priorities below 0), in the
 * given order, and are named at any zoom. Each may go wherever its feature is (its other sides,
 * its other points) and, where one line finds no room, wrapped onto two or three lines: a passage's
 * long names ("Caspian Pipeline Consortium (CPC) oil pipeline, Tengiz-Novorossiysk") would otherwise
 * be left out on a phone.
 */
export function featureCandidates(features: readonly FeatureName[], measure: Measure): LabelCandidate[] {
	return features.map((f, i) => {
		const styles = f.marker ? FEATURE_BESIDE : FEATURE_ON;
		const font = labelFont(FEATURE_NAME);
		const width = (line: string) => measure(line, font, FEATURE_NAME.letterSpacing);
		const points = [f.lngLat, ...(f.alternatives ?? [])];
		const wraps = wrappings(f.name, width);
		// Nearest first: a name wrapped right beside its marker reads better than one line farther off.
		const options: LabelOption[] = points.flatMap((lngLat) =>
			styles.flatMap((style) =>
				wraps.map((lines) => ({
					lngLat,
					style,
					lines,
					width: style.textOffset + Math.max(...lines.map(width)),
					height: style.size * LINE * lines.length
				}))
			)
		);
		const [first, ...rest] = options;
		return {
			key: `feature:${f.id}`,
			text: f.name,
			kind: 'feature',
			priority: -1000 + i,
			minZoom: 0,
			...first!,
			options: rest
		};
	});
}

/**
 * A name on one line, then on two and on three, each line as long as the name's words allow around
 * its share of the width (greedy, at spaces). A name too short or with too few words to break gives
 * fewer ways.
 */
export function wrappings(text: string, width: (line: string) => number): string[][] {
	const words = text.split(/\s+/).filter(Boolean);
	const whole = width(text);
	const out: string[][] = [[text]];
	if (whole <= WRAP_MIN) return out;
	for (const n of [2, 3]) {
		if (words.length < n) break;
		const target = whole / n;
		const lines: string[] = [];
		let line = '';
		for (const w of words) {
			const next = line ? `${line} ${w}` : w;
			// Where a word carries the line past its share, break before or after it, whichever leaves
			// the line nearer its share.
			if (line && width(next) >= target && lines.length < n - 1) {
				if (target - width(line) <= width(next) - target) {
					lines.push(line);
					line = w;
				} else {
					lines.push(next);
					line = '';
				}
			} else line = next;
		}
		if (line) lines.push(line);
		if (lines.length > 1 && !out.some((o) => o.join('\n') === lines.join('\n'))) out.push(lines);
	}
	return out;
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
		// The first way that fits: a marker's name right of it, else left of it…; see `options`.
		const label = [c, ...(c.options ?? [])]
			.map((o) => layout({ ...c, ...o }, input.project(o.lngLat), scale))
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
	const dy = (s.offsetY ?? 0) * k;
	const top = (dy > 0 ? y + dy : dy < 0 ? y + dy - h : y - h / 2) + (s.shiftY ?? 0) * k;
	return {
		key: c.key,
		text: c.text,
		kind: c.kind,
		x: s.anchor === 'start' ? left + s.textOffset * k : s.anchor === 'end' ? left + w : x,
		y: top + h / 2,
		lines: c.lines,
		lineHeight: s.size * LINE * k,
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
