/**
 * Renders the map at the export's resolution in a second, offscreen MapLibre map with its own deck.gl
 * overlay. Not `setPixelRatio` on the live map: that misplaces interleaved deck.gl layers
 * (stack-notes) and would disturb the reader. The live map is only read (bounds, layers), never changed.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import { FLAT_LAYERS, type DeckModules } from '$lib/map/deck';
import { exportCamera, subCamera, type Bounds, type Camera } from './camera';
import { planTiles, tilePadding, type Tile } from './tiles';
import { holdPaintUntil } from '$lib/map/internals/paint-hold';
import { loadMaplibre } from '$lib/map/maplibre';

export type RenderInput = {
	style: StyleSpecification;
	bounds: Bounds;
	/** The basemap's extent: the view never shows beyond it (the live map's maxBounds). */
	maxBounds?: Bounds;
	/** The map box in whole CSS px, and device px per CSS px. */
	width: number;
	height: number;
	pixelRatio: number;
	layers: Layer[];
	deck: DeckModules;
	/** Largest canvas side the browser's WebGL can draw (see glMaxSize). */
	maxDevice: number;
	signal: AbortSignal;
	onTile: (index: number, count: number) => void;
};

export type RenderedMap = { image: HTMLCanvasElement; camera: Camera; tiles: number };

/** The largest drawing buffer side WebGL allows here: MapLibre's default of 4096 would clamp silently. */
export function glMaxSize(): number {
	const canvas = document.createElement('canvas');
	const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
	if (!gl) return 4096;
	const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
	const size = Math.min(
		gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
		gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
		viewport[0]!,
		viewport[1]!
	);
	gl.getExtension('WEBGL_lose_context')?.loseContext();
	return size;
}

/** Thrown when the browser gave a smaller drawing buffer than asked (low memory): retried with tiles. */
export class CanvasLimitError extends Error {
	constructor(readonly largest: number) {
		super(`The browser limited the map canvas to ${largest} px a side.`);
	}
}

export async function renderMap(input: RenderInput): Promise<RenderedMap> {
	const { width, height, pixelRatio, signal } = input;
	const camera = exportCamera(input.bounds, width, height, input.maxBounds);
	const tiles = planTiles(width, height, pixelRatio, input.maxDevice);
	const image = document.createElement('canvas');
	image.width = Math.round(width * pixelRatio);
	image.height = Math.round(height * pixelRatio);
	const g = image.getContext('2d');
	if (!g) throw new Error('No 2D canvas of this size is available.');

	const { Map } = await loadMaplibre();
	// Off-screen but laid out (not display:none): MapLibre sizes its canvas from the container.
	const container = document.createElement('div');
	container.setAttribute('aria-hidden', 'true');
	container.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
	const size = (w: number, h: number) => {
		container.style.width = `${w}px`;
		container.style.height = `${h}px`;
	};
	size(tiles[0]!.css.w, tiles[0]!.css.h);
	document.body.append(container);
	let map: MaplibreMap | null = null;
	let stopHolding = () => {};
	try {
		const view = (tile: Tile) => {
			const padding = tilePadding(tile.css, width, height);
			return padding
				? { ...camera, padding }
				: {
						...subCamera(camera, width, height, tile.css),
						padding: { top: 0, bottom: 0, left: 0, right: 0 }
					};
		};
		map = new Map({
			container,
			style: input.style,
			center: camera.center,
			zoom: camera.zoom,
			pixelRatio,
			maxCanvasSize: [input.maxDevice, input.maxDevice],
			interactive: false,
			attributionControl: false,
			// No label fade-in: the captured frame must have every label at full opacity.
			fadeDuration: 0,
			minZoom: 0,
			maxZoom: 24,
			renderWorldCopies: false,
			canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true }
		});
		// Nothing is painted until the basemap and the deck.gl layers are all loaded: the frame captured
		// is the first one drawn (docs/decisions/paint-hold.md). Released for good by it, so later
		// tiles paint as usual; the timeout is a safety release, far beyond a normal export.
		let layersLoaded = false;
		const m = map;
		stopHolding = holdPaintUntil(m, () => layersLoaded && m.loaded(), 120_000);
		await until(map, 'load', signal);
		// Clones: a layer instance belongs to one deck; data arrays are shared, so no copy of the data.
		// No place names here: the composition draws them over the map, as the live map's HTML is.
		const clones = input.layers.map((l) => l.clone({}));
		const overlay = new input.deck.MapLibreOverlay({
			interleaved: true,
			parameters: FLAT_LAYERS,
			layers: clones
		});
		map.addControl(overlay);
		for (const [i, tile] of tiles.entries()) {
			signal.throwIfAborted();
			input.onTile(i, tiles.length);
			if (i > 0) {
				size(tile.css.w, tile.css.h);
				map.resize();
			}
			map.jumpTo(view(tile));
			map.triggerRepaint();
			await until(map, 'idle', signal);
			// deck.gl sets up its device asynchronously, so the map can be idle before any deck layer
			// exists: wait (frame by frame, bounded) until every layer is initialised and loaded…
			for (let n = 0; n < 50 && !clones.every((l) => l.isLoaded); n++) {
				await new Promise((r) => requestAnimationFrame(r));
				signal.throwIfAborted();
			}
			if (!clones.every((l) => l.isLoaded))
				throw new Error('The map layers did not finish loading for the export.');
			layersLoaded = true;
			// …then one more frame, so the capture holds their first draw.
			map.triggerRepaint();
			await until(map, 'idle', signal);
			const canvas = map.getCanvas();
			const expected = Math.round(tile.css.w * pixelRatio);
			if (canvas.width < expected - 1) throw new CanvasLimitError(canvas.width);
			const d = tile.device;
			g.drawImage(canvas, 0, 0, canvas.width, canvas.height, d.x, d.y, d.w, d.h);
		}
		map.removeControl(overlay);
		return { image, camera, tiles: tiles.length };
	} finally {
		stopHolding();
		map?.remove();
		container.remove();
	}
}

/** Resolves on the map's next `event`; rejects when the export is cancelled or the map reports an error. */
function until(map: MaplibreMap, event: 'load' | 'idle', signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = () => {
			cleanup();
			resolve();
		};
		const abort = () => {
			cleanup();
			reject(signal.reason ?? new DOMException('Export cancelled', 'AbortError'));
		};
		const timer = setTimeout(() => {
			cleanup();
			reject(new Error(`The export map did not finish drawing (no "${event}" within 3 minutes).`));
		}, 180_000);
		const cleanup = () => {
			clearTimeout(timer);
			map.off(event, done);
			signal.removeEventListener('abort', abort);
		};
		if (signal.aborted) return abort();
		map.once(event, done);
		signal.addEventListener('abort', abort);
	});
}
