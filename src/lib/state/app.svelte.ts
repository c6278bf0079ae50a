import { DEFAULT_LAYERS, serializeState, type AppState, type LayerName, type ViewState } from './permalink';

/**
 * What the reader has chosen: the one place the page's UI state lives. Components get it as props
 * and call its methods; the URL (permalink) is derived from it and applied back to it.
 */
export class AppStore {
	visible = $state<Record<LayerName, boolean>>({ ...DEFAULT_LAYERS });
	selectedId = $state<string | null>(null);
	passage = $state<string | null>(null);
	date = $state<string | null>(null);
	/** A basemap place chosen in search, whose details are open (with its feature's, if it has one). */
	place = $state<string | null>(null);
	/** Features the active passage is about. Replaced, never mutated: layers diff it by identity. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
	highlighted = $state.raw<ReadonlySet<string>>(new Set());
	/** The camera as of the last `moveend`, rounded in the permalink. */
	view = $state.raw<ViewState | null>(null);

	snapshot(): AppState {
		return {
			view: this.view,
			layers: { ...this.visible },
			feature: this.selectedId,
			passage: this.passage,
			date: this.date,
			place: this.place
		};
	}

	query(): string {
		return serializeState(this.snapshot());
	}

	/** The part of the state a reader steps through with the back button (not the camera or layers). */
	selectionKey(): string {
		return `${this.selectedId ?? ''}|${this.passage ?? ''}|${this.date ?? ''}|${this.place ?? ''}`;
	}

	apply(s: AppState, highlighted: ReadonlySet<string>) {
		this.visible = { ...s.layers };
		this.selectedId = s.feature;
		this.passage = s.passage;
		this.date = s.date;
		this.place = s.place;
		this.highlighted = highlighted;
	}
}
