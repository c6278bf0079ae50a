/*
 * PRIVATE API: MapLibre's `map.painter.render` (maplibre-gl 6.17.0, pinned exactly in package.json).
 * This is the only module that touches it. e2e/internals.spec.ts checks on the real library that
 * the hold engages and is released by the first complete frame; on a MapLibre without it, nothing is held
 * (the map paints as it would unheld). Decision record: docs/decisions/paint-hold.md.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** What this module touches on a MapLibre map: its public events and its (internal) painter. */
export type HoldableMap = Pick<MaplibreMap, 'loaded' | 'once' | 'off' | 'triggerRepaint'>;
type Painter = { render: (...args: unknown[]) => unknown };
export type Release = 'complete' | 'error' | 'timeout' | 'stopped';
/**
 * What the hold did, for the test against the real library: whether MapLibre still had the internal,
 * how many frames it held back, and what released it (`complete` when all went as designed: the
 * caller's condition held in a frame).
 */
export type HoldReport = { engaged: boolean; heldFrames: number; releasedBy: Release | null };
export const newReport = (): HoldReport => ({ engaged: false, heldFrames: 0, releasedBy: null });

/**
 * Holds MapLibre's painting until the first complete frame: frames are skipped until `ready()` is
 * true in a frame, and that frame is painted. Unheld, MapLibre paints once per batch of tiles its
 * worker returns (six frames before `load` on the embedded basemap), then a frame without deck.gl's
 * layers, and where WebGL runs in software (SwiftShader, locked-down office VMs) every frame costs
 * 100–250 ms of GPU-process time that deck.gl's device set-up and shader compilation then wait for.
 * Both callers hold until the basemap is `loaded()` and their deck.gl layers are loaded: the live
 * map (MapView: the reader sees "Loading map…" over an empty map, then basemap and layers at once)
 * and the export's offscreen map (export/render.ts: the only frame it needs is the one it captures;
 * each 1920 × 1080 frame before it cost ~1.5 s that the capture waited for). Measurements:
 * docs/decisions/paint-hold.md.
 *
 * MapLibre has no option for this, so the painter's `render` is wrapped until then: an internal
 * that MapLibre 6 has; without it (another version) nothing is held. The condition must be able to
 * turn true without a painted frame (MapLibre's `loaded()` does, `load` fires from a held frame too;
 * deck.gl loads its layers in its own animation frame), and the caller asks for a frame once it
 * may have (a held frame is not painted later by itself). Released for good at the first complete
 * frame, on a map `error` (a tile that never loads must not keep the map blank) and after
 * `timeoutMs` whatever happens; `onRelease` then runs once (the live map clears its status there).
 * Returns a function that stops holding without asking for a frame, for a map being removed (its
 * pending timer must not repaint a removed map).
 */
export function holdPaintUntil(
	map: HoldableMap,
	ready: () => boolean,
	timeoutMs: number,
	report: HoldReport = newReport(),
	onRelease: (by: Release) => void = () => {}
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
		if (by !== 'stopped') onRelease(by);
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
		// checks right after it to fire `load`.
		if (!ready()) {
			report.heldFrames++;
			return undefined;
		}
		restore('complete');
		return render.apply(this, args);
	};
	return () => void restore('stopped');
}
