// What the live map's place names are placed against: its size, zoom and the boxes over it that would
// hide a name. MapLabels places with it; the export reads it to place the names as the reader saw them.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mapObstacles, type Rect } from './padding';

/**
 * What sits over the map and would hide a name, or half of it: MapLibre's controls in its four
 * corners (the phone's "RUSSIA" lost its end under the zoom buttons, "KUWAIT" under the scale) and
 * the page's floating panels (legend, details, timeline: marked `data-map-overlay`, as for the
 * camera's padding), in px from the canvas' top-left corner. The scale bar counts at its longest,
 * as for the camera: its length changes as the camera moves, and measured at its current length it
 * had to be measured again at the end of every move, a forced layout each time (MapLabels).
 */
export function screenObstacles(map: MaplibreMap): Rect[] {
	return mapObstacles(map.getContainer(), map.getCanvas());
}

/** The reader's view, for placing its names in another output (export/labels.ts). */
export type ScreenView = {
	zoom: number;
	/** The canvas' top-left corner and size in CSS px. */
	topLeft: [number, number];
	width: number;
	height: number;
	obstacles: Rect[];
};

export function screenView(map: MaplibreMap): ScreenView {
	const canvas = map.getCanvas();
	const tl = map.unproject([0, 0]);
	return {
		zoom: map.getZoom(),
		topLeft: [tl.lng, tl.lat],
		width: canvas.clientWidth,
		height: canvas.clientHeight,
		obstacles: screenObstacles(map)
	};
}
