import { degreesPerPixel } from './mercator';

/**
 * Half the length, in degrees of longitude, of the segment a dot is drawn on (map/dot-layer.ts).
 * deck.gl's PathLayer draws nothing for a zero-length segment (it has no direction); with round caps,
 * a segment this short is a disc. The whole segment (1e-4°) is ~13 float32 steps at Kazakhstan's
 * longitudes (the GPU works in float32), so it never collapses, and ~0.3 px at the map's highest
 * zoom (11), so a disc never looks stretched.
 */
export const DOT_HALF_SPAN = 5e-5;

/** The segment a dot at `position` is drawn on: centred on it, east–west. */
export function dotPath(position: readonly number[]): [number, number][] {
	// Positions come from validated GeoJSON (data/check.ts): two numbers at least.
	const [lng, lat] = position as readonly [number, number];
	return [
		[lng - DOT_HALF_SPAN, lat],
		[lng + DOT_HALF_SPAN, lat]
	];
}

/** How long a dot's segment is on screen at `zoom`, in pixels. */
export const dotLengthPx = (zoom: number) => (2 * DOT_HALF_SPAN) / degreesPerPixel(zoom);
