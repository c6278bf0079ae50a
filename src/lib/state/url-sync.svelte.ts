import { pushState, replaceState } from '$app/navigation';
import type { MapContext } from '$lib/map/context.svelte';
import type { AppStore } from './app.svelte';
import { parseState, type AppState, type ParseOptions } from './permalink';

/**
 * How long the URL waits after a camera or layer change before it is replaced. A history write is
 * work for the browser process too, and every keyboard pan, wheel step or scripted move ends a move
 * of its own: written at each, a run of them paid for a write on every frame (in software WebGL on
 * 2 cores, a pan step was 21 ms faster with history writes disabled outright, 3–4 ms faster with
 * this wait alone; docs/performance.md, 4 Dec 2026, stop 38).
 * Waiting coalesces the run into one write. A second, not less: software WebGL's frames take up to
 * ~0.45 s, and a shorter wait fired between them. A reload or a closed tab flushes it (pagehide).
 */
export const REPLACE_DELAY_MS = 1000;

/**
 * Keeps the URL and the store in step. Camera and layer changes replace the history entry; a new
 * selection, passage or date pushes one, so the back button steps through what the reader chose.
 * Entries are SvelteKit shallow-routing entries, whose `page.url` stays the page's own URL: the
 * permalink is read from `location` on first load and on `popstate`, never from `page.url`.
 * Malformed parameters fall back to defaults (parseState never throws); what was ignored is logged.
 */
export function useUrlSync(
	store: AppStore,
	ctx: MapContext,
	options: () => ParseOptions | null,
	applyFromUrl: (state: AppState, first: boolean) => void,
	/**
	 * False in the embed: an iframe's history entries join its host page's session history, so the
	 * host's Back button would step through the embed's paragraphs before leaving the host's page.
	 * The URL is still kept current (replaced), so reloading the frame keeps its state.
	 */
	{ push = true }: { push?: boolean } = {}
) {
	const current = () => location.search.replace(/^\?/, '');
	let written = '';
	let lastKey = '';
	let initialised = $state(false);
	// The replace that is waiting (REPLACE_DELAY_MS), and its URL.
	let pending: { timer: ReturnType<typeof setTimeout>; url: string } | null = null;
	const cancelPending = () => {
		if (pending) clearTimeout(pending.timer);
		pending = null;
	};
	const flushPending = () => {
		if (!pending) return;
		const { url } = pending;
		cancelPending();
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(url, {});
	};

	function readUrl(opts: ParseOptions, first: boolean) {
		// Back or forward moved to another entry: a replace still waiting belongs to the one left.
		cancelPending();
		const search = current();
		const { state, rejected } = parseState(search, opts);
		if (rejected.length) console.info('Permalink: ignored', rejected);
		applyFromUrl(state, first);
		written = search;
		lastKey = store.selectionKey();
	}

	// First load: once the data is there to validate feature ids, and the map is ready to take the
	// camera, or has failed (no WebGL): then the selection, passage and date apply without it.
	$effect(() => {
		const opts = options();
		if (!opts || !(ctx.ready || ctx.failure) || initialised) return;
		readUrl(opts, true);
		initialised = true;
	});

	// Back and forward.
	$effect(() => {
		const opts = options();
		if (!opts || !initialised) return;
		const onpop = () => readUrl(opts, false);
		window.addEventListener('popstate', onpop);
		return () => window.removeEventListener('popstate', onpop);
	});

	// Store → URL.
	$effect(() => {
		if (!initialised) return;
		const query = store.query();
		const key = store.selectionKey();
		if (query === written) return;
		// Same route, new query: a shallow-routing entry, not a navigation (nothing to resolve).
		const url = query ? `?${query}` : location.pathname;
		if (push && key !== lastKey) {
			// The entry being left gets its last camera first, so Back returns to it.
			flushPending();
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			pushState(url, {});
		} else {
			cancelPending();
			pending = { timer: setTimeout(flushPending, REPLACE_DELAY_MS), url };
		}
		written = query;
		lastKey = key;
	});

	// A reload or a closed tab within the delay keeps what was on screen. Leaving the map for another
	// page drops the waiting replace instead: it would overwrite the new page's URL.
	$effect(() => {
		window.addEventListener('pagehide', flushPending);
		return () => {
			window.removeEventListener('pagehide', flushPending);
			cancelPending();
		};
	});
}

/** The camera, recorded at the end of each move (not every frame) for the permalink. */
export function useViewTracking(store: AppStore, ctx: MapContext) {
	$effect(() => {
		const m = ctx.map;
		if (!m) return;
		const record = () => {
			const c = m.getCenter();
			store.view = { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
		};
		record();
		m.on('moveend', record);
		return () => m.off('moveend', record);
	});
}
