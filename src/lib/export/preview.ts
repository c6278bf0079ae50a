/**
 * The export dialog's preview: the export's own composition (planComposition, drawComposition), small,
 * with the live map's canvas as it was when the dialog opened standing in for the offscreen render.
 * The frame, title, legend, scale bar and credits are the export's; the map inside the frame is the
 * snapshot, scaled and placed with the export's camera, so it sits where the export will draw it.
 * What the snapshot does not cover (the export's frame reaches past the screen's view) is hatched.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { basemapColours } from '$lib/map/palette';
import { exportCamera, project, type Bounds, type LngLat } from './camera';
import { drawComposition, planComposition, type CompositionInput } from './index';
import type { Layout } from './layout';
import type { Target } from './presets';
import { CanvasSurface } from './surface';

/** Past the live view the export draws the map; the snapshot has nothing there: hatched grey. */
function beyondSnapshot(g: CanvasRenderingContext2D, scale: number): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = tile.height = 6;
	const t = tile.getContext('2d');
	if (!t) return '#d9d5cd';
	t.fillStyle = '#e2ded6';
	t.fillRect(0, 0, 6, 6);
	t.strokeStyle = '#a9a397';
	t.beginPath();
	t.moveTo(0, 6);
	t.lineTo(6, 0);
	t.stroke();
	// After the tile is drawn: a pattern copies its image when it is made.
	const pattern = g.createPattern(tile, 'repeat');
	if (!pattern) return '#d9d5cd';
	// In device px, whatever the preview's scale: one hatch line every 6 px.
	pattern.setTransform(new DOMMatrix([1 / scale, 0, 0, 1 / scale, 0, 0]));
	return pattern;
}

/** Largest snapshot side kept: a preview a few hundred pixels wide needs no more. */
const SNAPSHOT_MAX = 1024;

export type Snapshot = { image: HTMLCanvasElement; topLeft: LngLat; bottomRight: LngLat };

/** A copy of the live map's canvas (it keeps its drawing buffer) and where its corners are. */
export function snapshot(map: MaplibreMap): Snapshot {
	const canvas = map.getCanvas();
	const { clientWidth: w, clientHeight: h } = map.getContainer();
	const k = Math.min(1, SNAPSHOT_MAX / Math.max(canvas.width, canvas.height));
	const image = document.createElement('canvas');
	image.width = Math.max(1, Math.round(canvas.width * k));
	image.height = Math.max(1, Math.round(canvas.height * k));
	image.getContext('2d')?.drawImage(canvas, 0, 0, image.width, image.height);
	const tl = map.unproject([0, 0]);
	const br = map.unproject([w, h]);
	return { image, topLeft: [tl.lng, tl.lat], bottomRight: [br.lng, br.lat] };
}

export type PreviewInput = CompositionInput & { target: Target; bounds: Bounds; maxBounds?: Bounds };

/**
 * Draws the preview into `canvas`, at most `maxW` × `maxH` CSS px, and returns its CSS size and the
 * layout it drew (in the export's layout px; `scale` converts to the preview's CSS px).
 */
export function drawPreview(
	canvas: HTMLCanvasElement,
	input: PreviewInput,
	shot: Snapshot,
	maxW: number,
	maxH: number
): { width: number; height: number; scale: number; layout: Layout } {
	const cssW = input.target.width / input.target.pixelRatio;
	const cssH = input.target.height / input.target.pixelRatio;
	const scale = Math.min(maxW / cssW, maxH / cssH);
	const dpr = window.devicePixelRatio || 1;
	canvas.width = Math.round(cssW * scale * dpr);
	canvas.height = Math.round(cssH * scale * dpr);
	const g = canvas.getContext('2d');
	if (!g) throw new Error('No 2D canvas for the preview.');
	g.setTransform(scale * dpr, 0, 0, scale * dpr, 0, 0);
	const surface = new CanvasSurface(g);
	const { layout } = planComposition(input, cssW, cssH, surface);
	const { x, y, w, h } = layout.map;
	const camera = exportCamera(input.bounds, w, h, input.maxBounds);
	drawComposition(surface, input, layout, camera, () => {
		g.save();
		g.beginPath();
		g.rect(x, y, w, h);
		g.clip();
		g.fillStyle = beyondSnapshot(g, scale * dpr);
		g.fillRect(x, y, w, h);
		// Mercator is linear in x and y: the snapshot's corners, projected, place all of it.
		const [x0, y0] = project(camera, w, h, shot.topLeft);
		const [x1, y1] = project(camera, w, h, shot.bottomRight);
		// The live map leaves its sea to the page's CSS; the snapshot is transparent there.
		g.fillStyle = basemapColours.water;
		g.fillRect(x + x0, y + y0, x1 - x0, y1 - y0);
		g.drawImage(shot.image, x + x0, y + y0, x1 - x0, y1 - y0);
		g.restore();
	});
	return { width: cssW * scale, height: cssH * scale, scale, layout };
}
