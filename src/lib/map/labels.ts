// Which place names fit on screen: a greedy placement, most important first, with no two labels
// overlapping. Pure geometry in screen pixels, so it is tested without a map or a browser.

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
/** A screen box in pixels from the map's top-left corner. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * Keeps candidates in priority order (ties: input order) whose box lies wholly inside the viewport
 * and clear of every box kept before it, and of every `blocked` box (the map's own buttons, which
 * would hide half a name), by `gap` pixels.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	viewport: { width: number; height: number },
	gap = 3,
	blocked: readonly Box[] = []
): PlacedLabel[] {
	const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i);
	const kept: Box[] = [...blocked];
	const out: PlacedLabel[] = [];
	for (const { c } of order) {
		const left = c.anchor === 'left' ? c.x : c.x - c.width / 2;
		const top = c.y - c.height / 2;
		const box = { x0: left, y0: top, x1: left + c.width, y1: top + c.height };
		if (!Number.isFinite(left) || !Number.isFinite(top)) continue;
		if (box.x0 < 0 || box.y0 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
		const clash = kept.some(
			(k) => box.x0 < k.x1 + gap && k.x0 < box.x1 + gap && box.y0 < k.y1 + gap && k.y0 < box.y1 + gap
		);
		if (clash) continue;
		kept.push(box);
		out.push({ key: c.key, left, top });
	}
	return out;
}
