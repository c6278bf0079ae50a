// deck.gl is not needed for the first paint (the basemap is MapLibre alone), so it is imported lazily
// after the map's `load`, as one chunk holding only the classes the layers use (deck-modules.ts).
export const loadDeck = () => import('./deck-modules');
export type DeckModules = Awaited<ReturnType<typeof loadDeck>>;

/**
 * Interleaved mode: draw a deck.gl layer below the given MapLibre style layer (e.g. under the labels).
 * `beforeId` is read by @deck.gl/maplibre but is not in deck.gl's layer prop types, hence the spread.
 */
export const drawBelow = (styleLayerId: string) => ({ beforeId: styleLayerId });
