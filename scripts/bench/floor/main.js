// The benchmark's floor: the same stack as the app and nothing else. MapLibre 6 draws the app's
// Natural Earth countries from a GeoJSON source its worker tiles (as the app's embedded basemap
// does), and deck.gl, interleaved, draws one GeoJsonLayer over them (Kazakhstan, from the same
// file). No article, no UI, no thematic data: what the app adds is what the benchmark measures.
// Same signal as the app: data-ready="true" at the first `idle` after the deck.gl layer is added,
// and the same User Timing mark at the map's `load`.
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
// `?n=1000` (npm run bench:scale): also n synthetic points as one bare ScatterplotLayer, the scale
// benchmark's floor. scripts/bench/scale.mjs writes the files.
const n = new URLSearchParams(location.search).get('n');
const points = n ? fetch(`./scale/points-${n}.geojson`).then((r) => r.json()) : null;
window.__bench ??= {};
// Emitted by vite.config.mjs: the app's basemap countries (layer === 'country') and nothing else.
const countries = fetch('./countries.geojson').then((r) => r.json());
const map = new Map({
	container,
	style: {
		version: 8,
		sources: { countries: { type: 'geojson', data: './countries.geojson' } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#cfe0ea' } },
			{ id: 'country-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
			{ id: 'country-border', type: 'line', source: 'countries', paint: { 'line-color': '#8c8278' } }
		]
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
	performance.mark('map:load');
	const { features } = await countries;
	const base = [
		new GeoJsonLayer({
			id: 'kazakhstan',
			data: { type: 'FeatureCollection', features: features.filter((f) => f.properties.iso3 === 'KAZ') },
			filled: true,
			stroked: true,
			getFillColor: [200, 120, 60, 60],
			getLineColor: [140, 60, 20],
			lineWidthMinPixels: 1
		})
	];
	const overlay = new MapLibreOverlay({ interleaved: true, layers: base });
	if (points) {
		const { features: pts } = await points;
		overlay.setProps({
			layers: [
				...base,
				new ScatterplotLayer({
					id: 'points',
					data: pts,
					pickable: true,
					getPosition: (f) => f.geometry.coordinates,
					getRadius: 6,
					radiusUnits: 'pixels',
					stroked: true,
					getFillColor: [107, 142, 35, 230],
					getLineColor: [255, 255, 255, 255],
					getLineWidth: 1.5,
					lineWidthUnits: 'pixels',
					// What the app's tooltip is to its pick: the time the picked object reached the page.
					onHover: (info) => {
						if (info.object) window.__bench.picked ??= performance.now();
					}
				})
			]
		});
	}
	map.addControl(overlay);
	map.once('idle', () => container.setAttribute('data-ready', 'true'));
	map.triggerRepaint();
});
