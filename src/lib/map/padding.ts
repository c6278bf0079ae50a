import type { PaddingOptions } from 'maplibre-gl';

/**
 * Camera padding that keeps fitted content clear of the panels floating over the map. Panels mark
 * themselves with data-map-overlay="left|right|bottom"; their measured size, not a breakpoint,
 * decides the padding, so the layout can change without the camera code knowing.
 */
export function overlayPadding(container: HTMLElement, base = 24): Required<PaddingOptions> {
	const box = container.getBoundingClientRect();
	const pad = { top: base, bottom: base, left: base, right: base + 32 };
	// Panels covering most of the map (the phone layout) would leave no room: ignore them there.
	const limit = (size: number, total: number) => (size < total * 0.45 ? size + base : base);
	// Only a panel along a good part of its side is a column or a strip to keep clear of: a small
	// button in a corner (the phone's collapsed "Layers & legend") once took 171 of 390 px from the
	// left and pushed eastern Kazakhstan off the screen.
	const spans = (length: number, total: number) => length >= total / 3;
	for (const el of document.querySelectorAll<HTMLElement>('[data-map-overlay]')) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		const side = el.dataset.mapOverlay;
		if (side === 'left' && spans(r.height, box.height))
			pad.left = Math.max(pad.left, limit(r.right - box.left, box.width));
		if (side === 'right' && spans(r.height, box.height))
			pad.right = Math.max(pad.right, limit(box.right - r.left, box.width));
		if (side === 'bottom' && spans(r.width, box.width))
			pad.bottom = Math.max(pad.bottom, limit(box.bottom - r.top, box.height));
	}
	return pad;
}
