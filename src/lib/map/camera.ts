import type { Geometry } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Links } from '$lib/content/links';
import { boundsOf, unionBounds, type Bounds } from '$lib/geo/bounds';
import type { ViewState } from '$lib/state/permalink';
import type { MapContext } from './context.svelte';
import { overlayPadding } from './padding';
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
		private readonly geometries: () => ReadonlyMap<string, Geometry>
	) {}

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

	/** Fits the camera to the bounds, clear of the panels floating over the map. */
	fitTo(bounds: Bounds | null, { duration = 700, maxZoom = 8 } = {}) {
		const map = this.ctx.map;
		if (!bounds || !map) return;
		// Smooth but short by default: a reader clicking through passages should not wait for the camera.
		map.fitBounds(bounds, {
			padding: overlayPadding(map.getContainer(), 24, { bounds, maxZoom }),
			duration,
			maxZoom
		});
	}

	/** A passage's camera: its features when it names any, else its authored view. */
	fitPassage(id: string) {
		const p = this.links.passages[id];
		if (!p) return;
		this.fitTo(this.boundsFor(p.features) ?? this.links.views[p.view]?.bounds ?? null);
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
export function visibleBounds(map: MaplibreMap): Bounds {
	const pad = overlayPadding(map.getContainer(), 0);
	const { clientWidth: w, clientHeight: h } = map.getContainer();
	const sw = map.unproject([pad.left, h - pad.bottom]);
	const ne = map.unproject([w - pad.right, pad.top]);
	return [
		[sw.lng, sw.lat],
		[ne.lng, ne.lat]
	];
}
