import type { Collection } from '$lib/data/types';

/**
 * What MapLayers gives every layer component: the same props for all, so a component is found
 * from the registry entry's `layer` name alone. A component uses what it needs.
 */
export type LayerProps<P> = {
	/** The dataset's registry id: its deck.gl layer keys are this, or this plus a suffix. */
	id: string;
	data: Collection<P>;
	visible: boolean;
	/** The registry entry's drawOrder; the component's own sub-layers add 0–9 to it. */
	order: number;
	selectedId: string | null;
	/** Features the active passage is about. */
	highlighted: ReadonlySet<string>;
	/** The timeline's date, or null for the whole month. */
	date: string | null;
};
