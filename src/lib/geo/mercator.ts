/**
 * The app's one Web Mercator: the projection MapLibre draws the map in, for everything the app works
 * out itself (the export's camera and tiles, camera fits clear of the panels, the scale bar, the
 * simplification tolerances, the dots' length on screen). It is math.gl's (`@math.gl/web-mercator`,
 * deck.gl's own projection and already in the bundle), whose world is 512 units wide with y up;
 * here its y is turned down, as in MapLibre's `MercatorCoordinate` and `map.project`.
 * `mercator.test.ts` checks it against values MapLibre itself computed (fixtures/mercator.json).
 */
import { lngLatToWorld, worldToLngLat } from '@math.gl/web-mercator';

export type LngLat = [number, number];

/** MapLibre's (and math.gl's) world is 512 CSS px wide at zoom 0. */
export const TILE_SIZE = 512;

/** The world's width in CSS px at a zoom. */
export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** Mercator x, y in [0, 1] (y down), as MapLibre's `MercatorCoordinate.fromLngLat`. */
export function toMercator(lngLat: LngLat): [number, number] {
	const [x, y] = lngLatToWorld(lngLat);
	return [x / TILE_SIZE, 1 - y / TILE_SIZE];
}

/** The inverse of toMercator, as MapLibre's `MercatorCoordinate.toLngLat`. */
export function fromMercator([x, y]: [number, number]): LngLat {
	const [lng, lat] = worldToLngLat([x * TILE_SIZE, (1 - y) * TILE_SIZE]);
	return [lng, lat];
}

/**
 * World pixels at a zoom: from the top-left corner of the world (180° W, 85.05° N), y down. A point's
 * place on screen is this minus the view centre's, plus half the view (what `map.project` returns).
 */
export function project(lngLat: LngLat, zoom: number): [number, number] {
	const [x, y] = toMercator(lngLat);
	const size = worldSize(zoom);
	return [x * size, y * size];
}

/** The inverse of project: the place at world pixel `[x, y]` at a zoom. */
export function unproject([x, y]: [number, number], zoom: number): LngLat {
	const size = worldSize(zoom);
	return fromMercator([x / size, y / size]);
}

/**
 * Web Mercator y in degrees of longitude (north up): x (the longitude) and y then share one scale on
 * screen, so distances measured on (lng, mercatorY) are proportional to pixels at every latitude.
 */
export function mercatorY(lat: number): number {
	return (lngLatToWorld([0, lat])[1] / TILE_SIZE) * 360 - 180;
}

/** Degrees of longitude (and of mercatorY) per CSS pixel at a zoom. */
export function degreesPerPixel(zoom: number): number {
	return 360 / worldSize(zoom);
}
