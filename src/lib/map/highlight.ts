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
