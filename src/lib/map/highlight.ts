import { themeColours } from './palette';

/**
 * A feature is marked when the reader selected it or the active passage is about it. Built inside a
 * layer's build function, so reading `selectedId` and `highlighted` there makes the layer rebuild
 * when either changes; the same two values go in the layer's updateTriggers.
 */
export function markedBy(selectedId: string | null, highlighted: ReadonlySet<string>) {
	return (id: string) => id === selectedId || highlighted.has(id);
}

/** The outline every layer gives a marked feature. */
export const MARKED_LINE: [number, number, number, number] = [...themeColours.selected, 255];

type Rgba = [number, number, number, number];
type Outlined = { properties: { id: string } };

/**
 * A dot layer's outline: the marked outline, `markedWidth` px, on a marked feature, the layer's own
 * (`colour`, `width`) on the others. One definition for every layer of dots (energy assets, military
 * sites, unrest, CSTO sites, the regions' cities), so a marked feature looks the same in each. Called
 * inside the layer's build function, like markedBy; its triggers are outlineTriggers().
 */
export function markedOutline<F extends Outlined>(
	selectedId: string | null,
	highlighted: ReadonlySet<string>,
	{
		colour = [255, 255, 255, 255],
		width = () => 1.5,
		markedWidth = 3
	}: { colour?: Rgba; width?: (f: F) => number; markedWidth?: number } = {}
) {
	const isMarked = markedBy(selectedId, highlighted);
	return {
		getLineColor: (f: F): Rgba => (isMarked(f.properties.id) ? MARKED_LINE : colour),
		getLineWidth: (f: F): number => (isMarked(f.properties.id) ? markedWidth : width(f))
	};
}

/** deck.gl's updateTriggers for markedOutline's accessors: recomputed when the marks change. */
export function outlineTriggers(selectedId: string | null, highlighted: ReadonlySet<string>) {
	return { getLineColor: [selectedId, highlighted], getLineWidth: [selectedId, highlighted] };
}
