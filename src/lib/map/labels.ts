// Which place names fit on screen: a greedy placement, most important first, with no two labels
// overlapping. Pure geometry in screen pixels, so it is tested without a map or a browser.
import type { Rect } from './padding';

export type LabelCandidate = {
	key: string;
	/** Lower goes first: it wins where two labels would overlap. */
	priority: number;
	/** The anchor in screen pixels (the city's dot, a country label's centre). */
	x: number;
	y: number;
	width: number;
	height: number;
	/** `left`: the box starts at the anchor (a dot with its name to the right); `center`: centred on it. */
	anchor: 'left' | 'center';
};

export type PlacedLabel = { key: string; left: number; top: number };

/**
 * Keeps candidates in priority order (ties: input order) whose box lies wholly inside the viewport
 * and clear of every box kept before it, and of every `blocked` box (the map's own buttons, which
 * would hide half a name), by `gap` pixels.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	viewport: { width: number; height: number },
	gap = 3,
	blocked: readonly Rect[] = []
): PlacedLabel[] {
	const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i);
	const kept: Rect[] = [...blocked];
	const out: PlacedLabel[] = [];
	for (const { c } of order) {
		const left = c.anchor === 'left' ? c.x : c.x - c.width / 2;
		const top = c.y - c.height / 2;
		const box = { left, top, right: left + c.width, bottom: top + c.height };
		if (!Number.isFinite(left) || !Number.isFinite(top)) continue;
		if (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height) continue;
		const clash = kept.some(
			(k) =>
				box.left < k.right + gap &&
				k.left < box.right + gap &&
				box.top < k.bottom + gap &&
				k.top < box.bottom + gap
		);
		if (clash) continue;
		kept.push(box);
		out.push({ key: c.key, left, top });
	}
	return out;
}
