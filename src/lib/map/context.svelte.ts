import { getContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { DeckModules } from './deck';
import { FULL_DETAIL } from '$lib/geo/simplify';

const KEY = Symbol('map-context');
/** Hover and click pick within this many px of the pointer, so small points are easy to hit. */
export const PICK_RADIUS = 4;

type Overlay = InstanceType<DeckModules['MapLibreOverlay']>;
/** `build` makes the layer again at another detail level (the image export draws every vertex). */
type Entry = { order: number; layer: Layer; build: (detail: number) => Layer | null };
/** The picked data item (a GeoJSON Feature for every layer here) or null, and the pointer position. */
export type PickHandler = (object: unknown, x: number, y: number) => void;

/**
 * The one map of a page and its one deck.gl overlay. Layer components register their deck layer
 * here by key; the overlay gets a single batched `setProps({ layers })` per microtask, in a stable
 * order, so toggling one layer never rebuilds the others.
 */
export class MapContext {
	map = $state.raw<MaplibreMap | null>(null);
	deck = $state.raw<DeckModules | null>(null);
	/** Layer components that are still fetching or validating their data. */
	pending = $state(0);
	ready = $state(false);
	/**
	 * Why the map will never come (no WebGL, MapLibre failed to load), or null. What waits for the map
	 * (the permalink's first read) goes ahead without it then: the article, search, the features list
	 * and details need no canvas.
	 */
	failure = $state<string | null>(null);
	/**
	 * How much of the lines' detail the current zoom needs (geo/simplify.ts detailLevel), set by
	 * MapView from the map's zoom. Full until the map has a zoom.
	 */
	detail = $state<number>(FULL_DETAIL);
	#overlay: Overlay | null = null;
	// Deliberately not reactive: the overlay is updated imperatively in #queueFlush, not by effects.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#layers = new Map<string, Entry>();
	#flushQueued = false;
	#onHover: PickHandler | null = null;
	#onClick: PickHandler | null = null;

	attachOverlay(overlay: Overlay) {
		this.#overlay = overlay;
		this.#queueFlush();
	}

	detachOverlay() {
		this.#overlay = null;
	}

	setLayer(
		key: string,
		order: number,
		layer: Layer | null,
		build: (detail: number) => Layer | null = () => layer
	) {
		if (layer) this.#layers.set(key, { order, layer, build });
		else this.#layers.delete(key);
		this.#queueFlush();
	}

	/** deck.gl layers are single-use: a new overlay (after a WebGL context restore) needs fresh instances. */
	renewLayers() {
		for (const entry of this.#layers.values()) entry.layer = entry.layer.clone({});
	}

	/** Picking handlers are set once by the page; layers stay declarative. */
	setPickHandlers(onHover: PickHandler, onClick: PickHandler) {
		this.#onHover = onHover;
		this.#onClick = onClick;
	}

	/**
	 * True once the overlay holds every registered layer and deck.gl has initialised and loaded each
	 * (so the next frame draws them). False before the overlay exists or while a flush is pending.
	 */
	layersLoaded(): boolean {
		if (!this.#overlay || this.#flushQueued) return false;
		return this.#sortedLayers().every((l) => l.isLoaded);
	}

	/**
	 * The deck.gl layers in draw order, hidden ones included: the image export clones them. As drawn
	 * now, or built again at the given detail level (the export asks for FULL_DETAIL: an image may be
	 * printed at three times the screen's resolution).
	 */
	currentLayers(detail?: number): Layer[] {
		if (detail === undefined) return this.#sortedLayers();
		return this.#sortedEntries()
			.map((e) => (detail === this.detail ? e.layer : e.build(detail)))
			.filter((l): l is Layer => l !== null);
	}

	/**
	 * Picks on MapLibre's own pointer events rather than deck.gl's onClick: deck's click path depends
	 * on its internal gesture state and missed clicks on slow software-WebGL machines. PICK_RADIUS
	 * makes small points easy to hit.
	 */
	pick(x: number, y: number): PickingInfo | null {
		return this.#overlay?.pickObject({ x, y, radius: PICK_RADIUS }) ?? null;
	}

	/** What deck.gl's pointer pick found under (x, y): null off every pickable feature. */
	hovered(object: unknown, x: number, y: number) {
		this.#onHover?.(object, x, y);
	}

	click(x: number, y: number) {
		this.#onClick?.(this.pick(x, y)?.object ?? null, x, y);
	}

	#sortedEntries() {
		return [...this.#layers.values()].sort((a, b) => a.order - b.order);
	}

	#sortedLayers() {
		return this.#sortedEntries().map((e) => e.layer);
	}

	#queueFlush() {
		if (this.#flushQueued) return;
		this.#flushQueued = true;
		queueMicrotask(() => {
			this.#flushQueued = false;
			this.#overlay?.setProps({ layers: this.#sortedLayers() });
		});
	}
}

export function setMapContext(ctx: MapContext) {
	return setContext(KEY, ctx);
}

/** Throws outside a <MapView>: a layer without a map is a programming error, not a state to handle. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() must be called inside <MapView>');
	return ctx;
}

/**
 * Registers one deck.gl layer for the calling component's lifetime: rebuilt when what `build` reads
 * changes (props, deck.gl arriving), removed on destroy. deck.gl diffs by layer id and keeps GPU
 * buffers while `data` is the same object, so rebuilding the descriptor is cheap. `build` gets the
 * detail level the zoom needs (MapContext.detail): layers with long lines pick their simplified
 * copy by it, the rest ignore it. `slot` gives the layer's key (also its deck.gl id, passed to
 * `build`) and draw order, from the component's props (the registry entry's id and drawOrder).
 */
export function useDeckLayer(
	slot: () => { key: string; order: number },
	build: (deck: DeckModules, detail: number, key: string) => Layer | null
) {
	const ctx = getMapContext();
	let registered: string | null = null;
	$effect(() => {
		const deck = ctx.deck;
		if (!deck) return;
		const { key, order } = slot();
		if (registered !== null && registered !== key) ctx.setLayer(registered, 0, null);
		registered = key;
		ctx.setLayer(key, order, build(deck, ctx.detail, key), (detail) => build(deck, detail, key));
	});
	$effect(() => () => {
		if (registered !== null) ctx.setLayer(registered, 0, null);
	});
}
