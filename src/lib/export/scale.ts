/**
 * Scale bar arithmetic. Web Mercator stretches distances by 1 / cos(latitude), so the bar is measured
 * at the map's centre latitude and is only true there — as on MapLibre's own ScaleControl.
 */
import { worldSize } from '$lib/geo/mercator';

// The world's width lives with the projection (geo/mercator.ts); re-exported for older imports.
export { TILE_SIZE } from '$lib/geo/mercator';

const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;

/** Metres per CSS pixel at a latitude and zoom. */
export function metersPerPixel(lat: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
}

export type ScaleBar = { meters: number; pixels: number; label: string };

/**
 * The longest "round" distance (1, 2 or 5 × 10^n) whose bar fits in `maxPixels` CSS px.
 * @example scaleBar(1000, 100) → { meters: 100000, pixels: 100, label: '100 km' }
 */
export function scaleBar(metersPerPx: number, maxPixels: number): ScaleBar {
	if (!(metersPerPx > 0) || !(maxPixels > 0)) throw new Error('scaleBar: needs positive sizes');
	const maxMeters = metersPerPx * maxPixels;
	const pow = 10 ** Math.floor(Math.log10(maxMeters));
	const step = [5, 2, 1].find((s) => s * pow <= maxMeters) ?? 1;
	const meters = step * pow;
	return {
		meters,
		pixels: meters / metersPerPx,
		label: meters >= 1000 ? `${meters / 1000} km` : `${meters} m`
	};
}
