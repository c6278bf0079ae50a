import type { Map as MaplibreMap } from 'maplibre-gl';

/** What this module touches on a MapLibre map: its public events and its (internal) painter. */
export type HoldableMap = Pick<MaplibreMap, 'loaded' | 'once' | 'off' | 'triggerRepaint'>;
type Painter = { render: (...args: unknown[]) => unknown };

/**
 * Holds MapLibre's painting until the first view is complete: every basemap tile loaded, i.e. the
 * frame that fires `load`. Unheld, MapLibre paints once per batch of tiles its worker returns (six
 * frames before `load` here), and where WebGL runs in software (SwiftShader, locked-down office VMs)
 * every frame costs 100–250 ms of CPU that the page, deck.gl's download and MapLibre's own worker are
 * waiting for. A reader sees the "Loading map…" status over an empty map instead of tiles popping
 * in, then the whole basemap at once. Measured: map `load` ~0.4 s earlier, time to ready −12 %
 * (medians of 9 paired loads, 29 Nov 2026).
 *
 * MapLibre has no option for this, so the painter's `render` is wrapped until then: an internal
 * that MapLibre 6 has; without it (another version) nothing is held. Released for good at the
 * first complete frame, on a map `error` (a tile that never loads must not keep the map blank) and
 * after `timeoutMs` whatever happens. Returns a function that stops holding without asking for a
 * frame, for a map being removed (its pending timer must not repaint a removed map).
 */
export function holdPaintUntilLoaded(map: HoldableMap, timeoutMs = 4000): () => void {
	const painter = (map as unknown as { painter?: Painter }).painter;
	if (!painter || typeof painter.render !== 'function') return () => {};
	const render = painter.render;
	const own = Object.prototype.hasOwnProperty.call(painter, 'render');
	let held = true;

	const restore = () => {
		if (!held) return false;
		held = false;
		if (own) painter.render = render;
		else delete (painter as Partial<Painter>).render;
		clearTimeout(timer);
		map.off('error', releaseNow);
		return true;
	};
	// From outside a frame: restore, then ask for the frame that was held back.
	const releaseNow = () => {
		if (restore()) map.triggerRepaint();
	};
	const timer = setTimeout(releaseNow, timeoutMs);
	map.once('error', releaseNow);

	painter.render = function (this: unknown, ...args: unknown[]) {
		// Sources were updated just before this call in the same frame: `loaded()` is what MapLibre
		// checks right after it to fire `load`, so the first frame painted is the `load` frame.
		if (!map.loaded()) return undefined;
		restore();
		return render.apply(this, args);
	};
	return () => void restore();
}
