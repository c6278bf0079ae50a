import type { PaddingOptions } from 'maplibre-gl';
import type { Bounds } from '$lib/geo/bounds';
import { fitBounds } from '$lib/export/camera';

/** A rectangle in pixels, relative to the map container's top-left corner. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
export type Padding = Required<PaddingOptions>;
/** What the camera is about to fit: the padding is chosen to show it largest. */
export interface FitTarget {
	bounds: Bounds;
	maxZoom: number;
}

/** Room the free box keeps at least, in pixels; a panel that would leave less is given up. */
export const MIN_FREE = 120;
/** The zoom and compass buttons down the map's right edge. */
const CONTROLS = 32;
type Side = keyof Padding;
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/**
 * Camera padding that keeps fitted content clear of the panels floating over the map. A rectangular
 * padding clears a panel along one side: a column on the left is cleared either from the left (the
 * content goes to its right) or from the top (the content goes below it). Every choice per panel is
 * tried, and the one kept shows the target largest (the fitted zoom, up to the camera's maxZoom),
 * then with the most room around it. A single rule per side, as before, could not do this: at
 * 1400 px the legend on the left and the details on the right left 134 px between them, so the
 * details panel was dropped from the padding and a selected region landed under it.
 *
 * A panel that cannot be cleared with MIN_FREE px left in both directions is ignored (the phone's
 * details sheet under a short map, say), as are panels outside the map. Without a target (the
 * export's "what the reader sees") the largest free box wins. Pure: `overlayPadding` measures.
 */
export function clearOfPanels(
	width: number,
	height: number,
	panels: readonly Rect[],
	base = 24,
	target?: FitTarget
): Padding {
	return paddingChoices(width, height, panels, base, target)[0]!;
}

/**
 * Every padding `clearOfPanels` weighs, best first (its order: panels cleared, then the target's
 * zoom, then room). The camera tries them in turn when the best one, checked point by point, still
 * leaves something under a panel (clear-view.ts).
 */
export function paddingChoices(
	width: number,
	height: number,
	panels: readonly Rect[],
	base = 24,
	target?: FitTarget
): Padding[] {
	const start: Padding = { top: base, bottom: base, left: base, right: base + CONTROLS };
	const fits = (p: Padding) => width - p.left - p.right >= MIN_FREE && height - p.top - p.bottom >= MIN_FREE;
	// Each panel's ways to be cleared: the padding one side needs so the panel is outside the box.
	const options = panels
		.map((r) => ({
			left: Math.max(0, r.left),
			top: Math.max(0, r.top),
			right: Math.min(width, r.right),
			bottom: Math.min(height, r.bottom)
		}))
		.filter((r) => r.right > r.left && r.bottom > r.top)
		.map((r) =>
			SIDES.map((side) => ({
				side,
				amount:
					side === 'left'
						? r.right + base
						: side === 'right'
							? width - r.left + base
							: side === 'top'
								? r.bottom + base
								: height - r.top + base
			})).filter(({ side, amount }) => fits({ ...start, [side]: Math.max(start[side], amount) }))
		)
		.filter((o) => o.length > 0);

	const seen: { pad: Padding; cleared: number; zoom: number; area: number }[] = [];
	// Panels are few (three on this page: 4³ choices), so every combination is tried.
	const visit = (i: number, pad: Padding, cleared: number) => {
		if (i === options.length) {
			if (!fits(pad)) return;
			const w = width - pad.left - pad.right;
			const h = height - pad.top - pad.bottom;
			// The export's Mercator fit, as MapLibre's: a point fits at any zoom (Infinity), so maxZoom.
			const zoom = target ? Math.min(target.maxZoom, fitBounds(target.bounds, w, h).zoom) : 0;
			seen.push({ pad, cleared, zoom, area: w * h });
			return;
		}
		for (const { side, amount } of options[i] ?? [])
			visit(i + 1, { ...pad, [side]: Math.max(pad[side], amount) }, cleared + 1);
		visit(i + 1, pad, cleared);
	};
	visit(0, start, 0);
	// Lexicographic: clear as many panels as possible, then the largest target, then the most room.
	seen.sort(
		(a, b) =>
			b.cleared - a.cleared || (Math.abs(a.zoom - b.zoom) > 1e-9 ? b.zoom - a.zoom : 0) || b.area - a.area
	);
	return seen.length ? seen.map((s) => s.pad) : [start];
}

/** MapLibre's controls in the four corners of the map (zoom, compass, scale bar, attribution). */
export const MAP_CONTROLS = ['top-left', 'top-right', 'bottom-left', 'bottom-right']
	.map((corner) => `.maplibregl-ctrl-${corner} > *`)
	.join(', ');

/** The scale bar's longest length (MapLibre's ScaleControl `maxWidth`, set by MapView). */
export const SCALE_MAX_WIDTH = 100;

/**
 * What floats over the map and hides what is under it, relative to `within` (the map container, or
 * its canvas for the place names: screenObstacles): the page's panels and MapLibre's controls. The
 * scale bar changes length with the zoom and latitude, so it counts at its longest: measured before a
 * camera move, it would be the old view's length (paragraph 7's Syria was checked against a 53 px bar
 * and landed under the 99 px one the new view drew).
 */
export function mapObstacles(container: HTMLElement, within: Element = container): Rect[] {
	const controls = [...container.querySelectorAll(MAP_CONTROLS)].flatMap((el) =>
		rectsWithin([el], within).map((r) =>
			el.classList.contains('maplibregl-ctrl-scale')
				? { ...r, right: Math.max(r.right, r.left + SCALE_MAX_WIDTH + 2) }
				: r
		)
	);
	return [...controls, ...rectsWithin(document.querySelectorAll(MAP_OVERLAY), within)];
}

/** How a panel floating over the map marks itself (an attribute without a value): for the camera's padding and the place names. */
export const MAP_OVERLAY = '[data-map-overlay]';

/**
 * `clearOfPanels` for the live page: panels mark themselves with `data-map-overlay`; their measured
 * boxes, not a breakpoint, decide the padding, so the layout can change without the camera knowing.
 */
export function overlayPadding(container: HTMLElement, base = 24, target?: FitTarget): Padding {
	return overlayPaddings(container, base, target)[0]!;
}

/** `paddingChoices` for the live page, best first. */
export function overlayPaddings(container: HTMLElement, base = 24, target?: FitTarget): Padding[] {
	const box = container.getBoundingClientRect();
	const panels = rectsWithin(document.querySelectorAll(MAP_OVERLAY), container);
	return paddingChoices(box.width, box.height, panels, base, target);
}

/** The elements' boxes relative to the container's top-left corner; elements not laid out are left out. */
export function rectsWithin(elements: Iterable<Element>, container: Element): Rect[] {
	const box = container.getBoundingClientRect();
	return [...elements].flatMap((el) => {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return [];
		return [
			{ left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top }
		];
	});
}
