import { tick } from 'svelte';
import type { Links, Phrase } from '$lib/content/links';
import type { AnyProps } from '$lib/data/types';
import type { Camera } from '$lib/map/camera';
import type { AppStore } from './app.svelte';
import type { AppState } from './permalink';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The selection and the story: what choosing a feature, a passage or a phrase does to the state and
 * the camera, and how a permalink is applied. The page wires events to these; the map, the article
 * and the URL all go through here, so they cannot disagree.
 */
export class Story {
	/** For the page's live region: what just happened, in words. */
	announcement = $state('');
	/** A passage flashed after "Mentioned in" led back to it. */
	flash = $state<string | null>(null);
	/**
	 * What the active passage or phrase names that the camera could not bring clear of the panels at a
	 * useful zoom (map/clear-view.ts): the page says so instead of hiding it silently.
	 */
	beyond = $state<string[]>([]);

	constructor(
		private readonly store: AppStore,
		private readonly camera: Camera,
		private readonly links: Links,
		private readonly index: () => ReadonlyMap<string, AnyProps>,
		private readonly scrollToPassage: (id: string) => void
	) {}

	highlightFor(passage: string | null): ReadonlySet<string> {
		// Never mutated: AppStore.highlighted is replaced whole and layers diff it by identity.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return passage && this.links.passages[passage] ? new Set(this.links.passages[passage].features) : EMPTY;
	}

	select(id: string | null) {
		this.store.selectedId = id;
		const p = id ? this.index().get(id) : undefined;
		this.announcement = p ? `Selected ${p.name}. Details opened.` : '';
	}

	/** A phrase drives the map to exactly what it names. */
	activatePhrase(id: string, phrase: Phrase) {
		this.store.passage = id;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
		this.store.highlighted = new Set(phrase.targets.filter((t) => !t.startsWith('view:')));
		this.beyond = this.camera.fitTo(this.camera.boundsFor(phrase.targets), {
			anchors: this.camera.anchorsFor(phrase.targets)
		});
		this.announcement = `Map shows “${phrase.text}” (paragraph ${id.slice(1)}).`;
	}

	/** A passage drives the map: its view, the layers it needs, its features highlighted. */
	activatePassage(id: string) {
		const p = this.links.passages[id];
		this.store.passage = id;
		this.store.highlighted = this.highlightFor(id);
		for (const layer of p?.layers ?? []) this.store.visible[layer] = true;
		// After a tick: the layers it turns on grow the legend, and the fit must keep clear of it as drawn.
		void tick().then(() => (this.beyond = this.camera.fitPassage(id)));
		this.announcement = `Map shows paragraph ${id.slice(1)}${p ? `: ${this.links.views[p.view]?.label ?? ''}` : ''}.`;
	}

	/** A feature leads back to the text: scroll to the passage and flash it. */
	showPassage(id: string) {
		this.scrollToPassage(id);
		this.flash = id;
		this.activatePassage(id);
		setTimeout(() => (this.flash = this.flash === id ? null : this.flash), 2000);
	}

	/** A permalink (first load, back, forward) applied to the state and the camera. */
	applyFromUrl(state: AppState, first: boolean) {
		const before = this.store.passage;
		this.store.apply(state, this.highlightFor(state.passage));
		// The reader lands on the passage the link names (story mode stays quiet through the jump);
		// back or forward to the same passage leaves the article where the reader put it.
		const passage = state.passage;
		if (passage && (first || passage !== before)) void tick().then(() => this.scrollToPassage(passage));
		if (state.view && this.camera.jumpTo(state.view)) return;
		// No map to report its camera (no WebGL): keep the link's, so the URL passed on still has it.
		if (state.view) this.store.view = state.view;
		else if (passage) {
			// After a tick, like a feature below: a link that also selects a feature opens its details
			// panel, and the fit must keep the passage's features clear of it.
			void tick().then(() => (this.beyond = this.camera.fitPassage(passage)));
		} else if (state.feature) {
			// A link to one feature without a camera (shared from search or details): show that feature,
			// once the details panel it opens is on the page, so the camera's padding keeps clear of it.
			const target = this.camera.boundsFor([state.feature]);
			void tick().then(() => this.camera.fitTo(target));
		} else if (!first) {
			// Back to a URL without a camera: the default view, once a details panel the previous
			// state had open is gone (its padding would push the view aside).
			void tick().then(() => this.camera.fitHome());
		}
	}
}
