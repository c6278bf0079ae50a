import type { Geometry } from 'geojson';
import type { LngLatLike, Map as MaplibreMap } from 'maplibre-gl';
import type { Links } from '$lib/content/links';
import { boundsOf, unionBounds, type Bounds } from '$lib/geo/bounds';
import type { ViewState } from '$lib/state/permalink';
import { anchorsOf } from '$lib/geo/anchors';
import type { LngLat } from '$lib/export/camera';
import { clearView } from './clear-view';
import type { MapContext } from './context.svelte';
import { mapObstacles, overlayPadding, overlayPaddings } from './padding';
import { KAZAKHSTAN_BOUNDS, MAX_ZOOM } from './style';

/**
 * The camera of one article's map: fits to what a passage, phrase or feature is about, clear of the
 * panels floating over the map. Every call is a no-op without a map (no WebGL), so the story and
 * the permalinks work the same with or without one.
 */
export class Camera {
	constructor(
		private readonly ctx: MapContext,
		private readonly links: Links,
		private readonly geometries: () => ReadonlyMap<string, Geometry>,
		/** Each feature's kind: an airlift is drawn as a curve, and its middle is on the curve. */
		private readonly kindOf: (id: string) => string | undefined = () => undefined
	) {}

	/**
	 * The points a reader must see of each target (geo/anchors.ts), with the target's id. A named view
	 * (`view:<name>`) counts by a 5 × 5 grid over its bounds: the view is a region to show whole, and
	 * the camera's own bounds can push a padded fit back under a panel (paragraph 14's Belarus).
	 */
	anchorsFor(targets: readonly string[]): { id: string; position: LngLat }[] {
		return targets.flatMap((id) => {
			if (id.startsWith('view:')) {
				const b = this.links.views[id.slice(5)]?.bounds;
				return b ? grid(b).map((position) => ({ id, position })) : [];
			}
			const g = this.geometries().get(id);
			if (!g) return [];
			const curved = this.kindOf(id) === 'airlift';
			return anchorsOf(g, { curved }).map((a) => ({ id, position: a.position }));
		});
	}

	/** Turf bbox of the features (and the named views) a passage or phrase is about. */
	boundsFor(targets: readonly string[]): Bounds | null {
		const geoms = targets.flatMap((t) => {
			const g = this.geometries().get(t);
			return g ? [g] : [];
		});
		const views = targets.flatMap((t) =>
			t.startsWith('view:') ? [this.links.views[t.slice(5)]?.bounds ?? null] : []
		);
		return views.reduce<Bounds | null>((acc, b) => unionBounds(acc, b), boundsOf(geoms));
	}

	/**
	 * Fits the camera to the bounds, clear of the panels floating over the map. With `anchors` (what a
	 * passage or phrase names), the fitted camera is then checked point by point against the panels
	 * and MapLibre's controls, and zoomed out as far as that takes (clear-view.ts). Returns the ids of
	 * the features with a point still hidden, for the page to say so.
	 */
	fitTo(
		bounds: Bounds | null,
		{ duration = 700, maxZoom = 8, anchors = [] as { id: string; position: LngLat }[] } = {}
	): string[] {
		const map = this.ctx.map;
		if (!bounds || !map) return [];
		const container = map.getContainer();
		const paddings = overlayPaddings(container, 24, { bounds, maxZoom });
		const padding = paddings[0]!;
		if (!anchors.length) {
			// Smooth but short by default: a reader clicking through passages should not wait for the camera.
			map.fitBounds(bounds, { padding, duration, maxZoom });
			return [];
		}
		const max = map.getMaxBounds();
		const obstacles = mapObstacles(container);
		// Each way of clearing the panels, checked point by point: the best padding's box can clear the
		// legend from the top while the legend's column reaches below it on the left (paragraph 6's
		// Moscow at 1024 px), where clearing it from the left shows everything. Fewest hidden wins,
		// then the larger zoom, then the padding's own order.
		let best: ReturnType<typeof clearView> | null = null;
		for (const pad of paddings.slice(0, 8)) {
			const fitted = map.cameraForBounds(bounds, { padding: pad, maxZoom });
			if (!fitted?.center || fitted.zoom === undefined) continue;
			const view = clearView({
				camera: { center: lngLatOf(fitted.center), zoom: fitted.zoom },
				width: container.clientWidth,
				height: container.clientHeight,
				padding: pad,
				obstacles,
				anchors: anchors.map((a) => a.position),
				maxBounds: max ? (max.toArray() as Bounds) : undefined,
				minZoom: map.getMinZoom()
			});
			const better =
				!best ||
				view.hidden.length < best.hidden.length ||
				(view.hidden.length === best.hidden.length && view.camera.zoom > best.camera.zoom + 1e-6);
			if (better) best = view;
		}
		if (!best) {
			map.fitBounds(bounds, { padding, duration, maxZoom });
			return [];
		}
		const { camera, hidden } = best;
		map.easeTo({ center: camera.center, zoom: camera.zoom, duration });
		// Features only: a named view's grid points are the camera's own concern.
		return [...new Set(hidden.map((i) => anchors[i]!.id))].filter((id) => !id.startsWith('view:'));
	}

	/** A passage's camera: its features when it names any, else its authored view. */
	fitPassage(id: string): string[] {
		const p = this.links.passages[id];
		if (!p) return [];
		const features = this.boundsFor(p.features);
		if (!features) {
			const view = `view:${p.view}`;
			return this.fitTo(this.boundsFor([view]), { anchors: this.anchorsFor([view]) });
		}
		return this.fitTo(features, { anchors: this.anchorsFor(p.features) });
	}

	/** The article's opening view (its first passage's), at once: a URL without a camera. */
	fitHome() {
		const first = Object.values(this.links.passages)[0];
		const bounds = (first && this.links.views[first.view]?.bounds) ?? KAZAKHSTAN_BOUNDS;
		this.fitTo(bounds, { duration: 0, maxZoom: MAX_ZOOM });
	}

	/** Jumps to a permalink's view; false when there is no map to move. */
	jumpTo(view: ViewState): boolean {
		if (!this.ctx.map) return false;
		this.ctx.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
		return true;
	}
}

/**
 * What the reader sees of the live map: the map less the panels floating over it (the padding the
 * camera keeps when it fits), not the whole canvas, half of which may be under the legend. The
 * export frames this.
 */
export function visibleBounds(map: MaplibreMap, include: readonly LngLat[] = []): Bounds {
	const pad = overlayPadding(map.getContainer(), 0);
	const { clientWidth: w, clientHeight: h } = map.getContainer();
	const sw = map.unproject([pad.left, h - pad.bottom]);
	const ne = map.unproject([w - pad.right, pad.top]);
	let bounds: Bounds = [
		[sw.lng, sw.lat],
		[ne.lng, ne.lat]
	];
	// What the active passage names, where the reader sees it on the map: the fit may have put it
	// beside a panel rather than in the largest free box (Moscow below the legend, the box right of
	// it), and an export of the passage must hold it.
	for (const p of include) {
		const { x, y } = map.project(p);
		if (x < 0 || y < 0 || x > w || y > h) continue;
		bounds = unionBounds(bounds, [p, p]) ?? bounds;
	}
	return bounds;
}

/** MapLibre's LngLatLike (what `cameraForBounds` returns) as a plain pair. */
function lngLatOf(c: LngLatLike): LngLat {
	if (Array.isArray(c)) return [c[0], c[1]];
	return 'lng' in c ? [c.lng, c.lat] : [c.lon, c.lat];
}

/** n × n points spread evenly over the bounds, edges included. */
function grid([[w, south], [e, north]]: Bounds, n = 5): LngLat[] {
	const out: LngLat[] = [];
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++)
			out.push([w + ((e - w) * i) / (n - 1), south + ((north - south) * j) / (n - 1)]);
	return out;
}
