// deck.gl is not needed for the first paint (the basemap is MapLibre alone), so it is imported lazily
// after the map's `load`, as one chunk holding only the classes the layers use (deck-modules.ts).
export const loadDeck = () => import('./deck-modules');
export type DeckModules = Awaited<ReturnType<typeof loadDeck>>;

/**
 * Interleaved mode: draw a deck.gl layer below the given MapLibre style layer (e.g. under the labels).
 * `beforeId` is read by @deck.gl/maplibre but is not in deck.gl's layer prop types, hence the spread.
 */
export const drawBelow = (styleLayerId: string) => ({ beforeId: styleLayerId });

/**
 * deck.gl parameters for both overlays, the live map's (MapView) and the export's (export/render.ts).
 * Interleaved, @deck.gl/maplibre depth-tests every layer ('less-equal') though all lie flat at z = 0,
 * where the draw order alone must decide what is on top. In Firefox (Mesa llvmpipe) a pipeline, one
 * straight segment 25° long, failed that test over the choropleth's large triangles (their depths
 * differ in the last bits) and vanished across Karaganda Region; Chromium (SwiftShader) drew it.
 * 'always' leaves it to the draw order. Safe because every MapLibre fill lies under every deck
 * layer (style.ts: the fills come before `country-border`, the lowest `beforeId` used).
 */
export const FLAT_LAYERS = { depthCompare: 'always' } as const;
