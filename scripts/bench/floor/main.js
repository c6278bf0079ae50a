// The benchmark's floor: the least a page can load to show the app's countries with deck.gl over
// MapLibre 6 (interleaved), so the app's bytes and times have something honest to be compared with.
// Same signal as the app: data-ready="true" at the first `idle` after the deck.gl layer is added.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer } from '@deck.gl/layers';

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
// Emitted by vite.config.mjs: the app's basemap countries (layer === 'country') and nothing else.
const countries = fetch('./countries.geojson').then((r) => r.json());
const map = new Map({
	container,
	style: {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#cfe0ea' } }]
	},
	bounds: [
		[46.4, 40.5],
		[87.4, 55.5]
	],
	attributionControl: false,
	canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true }
});
window.__map = map;
map.once('load', async () => {
	const data = await countries;
	const overlay = new MapLibreOverlay({
		interleaved: true,
		layers: [
			new GeoJsonLayer({
				id: 'countries',
				data,
				filled: true,
				stroked: true,
				getFillColor: [244, 241, 234],
				getLineColor: [140, 130, 120],
				lineWidthMinPixels: 1
			})
		]
	});
	map.addControl(overlay);
	map.once('idle', () => container.setAttribute('data-ready', 'true'));
	map.triggerRepaint();
});
