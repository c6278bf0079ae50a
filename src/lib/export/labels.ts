/**
 * The place names of an export (and of its preview): the live map's label engine (map/labels.ts),
 * run at the export's own size in its layout px, with the names sized for the export as the reader's
 * view sized them for the screen. An export frames the reader's view (camera.ts visibleBounds) at
 * another zoom; names are scaled by the same factor, so the placement is the screen's, enlarged or
 * reduced, and the same names win (placeAsSeen). The list is what the 2D composition draws, and what
 * an SVG surface can draw as <text> without placing anything again.
 */
import type { BasemapLabel } from '$lib/map/basemap';
import {
	featureCandidates,
	nameCandidates,
	placeAsSeen,
	type FeatureName,
	type Measure,
	type PlacedLabel
} from '$lib/map/labels';
import type { ScreenView } from '$lib/map/label-view';
import type { Rect as Box } from '$lib/map/padding';
import { project, type Camera, type Rect } from './camera';

/** The basemap's names, the active passage's features and the reader's view they were placed in. */
export type LabelsInput = {
	names: readonly BasemapLabel[];
	features: readonly FeatureName[];
	view: ScreenView;
};

/**
 * Names are never drawn smaller than this, in layout px (the export's CSS px): a thumbnail export
 * of a large screen would otherwise print 5 px text. Below it names are larger than the screen's,
 * relative to the frame, and fewer of them fit.
 */
export const MIN_LABEL_PX = 7;
/** The smallest name's size at scale 1 (a country's, labels.ts). */
const SMALLEST = 11;

/**
 * The names placed for a map box `map` (layout px) seen with `camera`, clear of `obstacles` (the
 * decorations drawn over the map), in layout px of the whole image.
 */
export function exportLabels(
	input: LabelsInput,
	camera: Camera,
	map: Rect,
	obstacles: readonly Box[],
	measure: Measure
): PlacedLabel[] {
	const { view } = input;
	const at = (lngLat: [number, number]): [number, number] => {
		const [x, y] = project(camera, map.w, map.h, lngLat);
		return [map.x + x, map.y + y];
	};
	// The export's zoom over the reader's: layout px per screen px, in both directions (Mercator).
	const k = 2 ** (camera.zoom - view.zoom);
	const [x0, y0] = at(view.topLeft);
	const fromScreen = (r: Box): Box => ({
		left: x0 + r.left * k,
		top: y0 + r.top * k,
		right: x0 + r.right * k,
		bottom: y0 + r.bottom * k
	});
	return placeAsSeen({
		candidates: [...featureCandidates(input.features, measure), ...nameCandidates(input.names, measure)],
		project: at,
		frame: { left: map.x, top: map.y, right: map.x + map.w, bottom: map.y + map.h },
		scale: Math.max(k, MIN_LABEL_PX / SMALLEST),
		zoom: view.zoom,
		obstacles,
		seen: {
			frame: fromScreen({ left: 0, top: 0, right: view.width, bottom: view.height }),
			obstacles: view.obstacles.map(fromScreen)
		}
	});
}
