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
 * After a WebGL context restore, forget what luma.gl attached to the context object: its device
 * (`gl.luma`: programs, buffers, caches of the lost context), its state tracker (`gl.lumaState`) and
 * the caching spies it installed as own properties over WebGL2RenderingContext's methods. Left in
 * place, the stale cache swallows state changes (for MapLibre too), and a new Deck would attach to the
 * dead device; spies installed twice swallow every change. The prototype's methods come back.
 */
export function detachLuma(gl: WebGL2RenderingContext) {
	const own = gl as unknown as Record<string, unknown>;
	for (const key of Object.getOwnPropertyNames(gl)) if (typeof own[key] === 'function') delete own[key];
	delete own.luma;
	delete own.lumaState;
}
