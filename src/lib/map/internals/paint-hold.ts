/*
 * PRIVATE API: MapLibre's `map.painter.render` (maplibre-gl 6.17.0, pinned exactly in package.json).
 * This is the only module that touches it. e2e/internals.spec.ts checks on the real library that
 * the hold engages and is released by the `load` frame; on a MapLibre without it, nothing is held
 * (the map paints as it would unheld). Decision record: docs/decisions/paint-hold.md.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** What this module touches on a MapLibre map: its public events and its (internal) painter. */
export type HoldableMap = Pick<MaplibreMap, 'loaded' | 'once' | 'off' | 'triggerRepaint'>;
type Painter = { render: (...args: unknown[]) => unknown };
type Release = 'load' | 'error' | 'timeout' | 'stopped';
/**
 * What the hold did, for the test against the real library: whether MapLibre still had the internal,
 * how many frames it held back, and what released it (`load` when all went as designed).
 */
export type HoldReport = { engaged: boolean; heldFrames: number; releasedBy: Release | null };
export const newReport = (): HoldReport => ({ engaged: false, heldFrames: 0, releasedBy: null });

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
export function holdPaintUntilLoaded(
	map: HoldableMap,
	timeoutMs = 4000,
	report: HoldReport = newReport()
): () => void {
	return holdPaintUntil(map, () => map.loaded(), timeoutMs, report);
}

/**
 * The same hold with the caller's condition: frames are skipped until `ready()` is true in a frame,
 * and that frame is painted. The export's offscreen map (export/render.ts) holds until its deck.gl
 * layers are loaded too: the only frame it needs is the one it captures, and in software WebGL each
 * 1920 × 1080 frame it painted before that cost ~1.5 s of GPU-process time that the capture waited
 * for (docs/decisions/paint-hold.md). The condition must be able to turn true without a painted
 * frame (MapLibre's `loaded()` does; deck.gl loads its layers in its own animation frame).
 */
export function holdPaintUntil(
	map: HoldableMap,
	ready: () => boolean,
	timeoutMs: number,
	report: HoldReport = newReport()
): () => void {
	const painter = (map as unknown as { painter?: Painter }).painter;
	if (!painter || typeof painter.render !== 'function') return () => {};
	report.engaged = true;
	const render = painter.render;
	const own = Object.prototype.hasOwnProperty.call(painter, 'render');
	let held = true;

	const restore = (by: Release) => {
		if (!held) return false;
		held = false;
		report.releasedBy = by;
		if (own) painter.render = render;
		else delete (painter as Partial<Painter>).render;
		clearTimeout(timer);
		map.off('error', onError);
		return true;
	};
	// From outside a frame: restore, then ask for the frame that was held back.
	const releaseNow = (by: Release) => {
		if (restore(by)) map.triggerRepaint();
	};
	const onError = () => releaseNow('error');
	const timer = setTimeout(() => releaseNow('timeout'), timeoutMs);
	map.once('error', onError);

	painter.render = function (this: unknown, ...args: unknown[]) {
		// Sources were updated just before this call in the same frame: `loaded()` is what MapLibre
		// checks right after it to fire `load`, so with holdPaintUntilLoaded the first frame painted is
		// the `load` frame.
		if (!ready()) {
			report.heldFrames++;
			return undefined;
		}
		restore('load');
		return render.apply(this, args);
	};
	return () => void restore('stopped');
}
