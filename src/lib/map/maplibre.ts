/*
 * The one place MapLibre is loaded, for the live map (MapView) and the export's offscreen map
 * (export/render.ts): one copy of the library, its worker URL set once.
 *
 * Loaded as the package's own prebuilt module file, emitted as an asset, not as a chunk of the app's
 * bundle, so that its URL is known when the page's HTML is written: MapView puts it in a
 * `<link rel="modulepreload">` in the head, and the 1.1 MB (294 kB gzip) download starts while the
 * HTML is parsed instead of when the app's code has arrived and run (as a lazy chunk it was requested
 * ~0.6 s after the page's other scripts, and the map was created the moment it arrived:
 * docs/performance.md, 3 Dec 2026). The same file, so the preload is what the import uses.
 */
import type * as Maplibre from 'maplibre-gl';
import url from 'maplibre-gl/dist/maplibre-gl.mjs?url';
// A bundled MapLibre 6 cannot find its worker by itself, and the CSP forbids blob: workers.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type MaplibreModule = typeof Maplibre;
/** For the preload link in the page's head. */
export const maplibreUrl: string = url;

let loading: Promise<MaplibreModule> | null = null;

/** MapLibre, imported once; browser only. */
export function loadMaplibre(): Promise<MaplibreModule> {
	loading ??= (import(/* @vite-ignore */ url) as Promise<MaplibreModule>).then((m) => {
		m.setWorkerUrl(workerUrl);
		return m;
	});
	return loading;
}
