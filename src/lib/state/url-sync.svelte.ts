import { pushState, replaceState } from '$app/navigation';
import type { MapContext } from '$lib/map/context.svelte';
import type { AppStore } from './app.svelte';
import { parseState, type AppState, type ParseOptions } from './permalink';

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

	function readUrl(opts: ParseOptions, first: boolean) {
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
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (push && key !== lastKey) pushState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(url, {});
		written = query;
		lastKey = key;
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
