import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapColours as c } from './palette';

/**
 * The embedded basemap: one GeoJSON file built by `npm run geodata` (scripts/basemap/build.mjs),
 * drawn with filters on its `layer` property.
 *
 * `labels`: whether MapLibre draws the place names. The live map does not: there MapLabels.svelte
 * sets them as HTML, because MapLibre's text shaders cost more than the rest of the map together
 * where WebGL runs in software (no GPU: SwiftShader here, locked-down office VMs). The export,
 * which renders once and offscreen, keeps them in the image. No `glyphs` URL: MapLibre then draws
 * labels with the browser's local fonts, so no request leaves the origin.
 *
 * `water`: whether the sea is drawn by MapLibre. The export needs it in its image; the live map
 * leaves it out and its container's CSS shows the same colour through the transparent canvas
 * (MapView): one full-canvas pass less per frame, with MSAA, in software WebGL. In the export the
 * sea is the basemap's extent filled, not a background: an image wider than the live view (a slide
 * from a tall reader's view) reaches past the extent, and a background there drew sea over Sweden
 * and China. Past the extent the image shows paper: no map, not water. (The live map never gets
 * there: its maxBounds is the extent.)
 *
 * Kazakhstan has no fill of its own, only its stronger border: the regions layer covers it, and an
 * extra fill under that was one more large polygon drawn every frame (with the background: time to
 * ready −4 %, medians of 9 paired loads, 29 Nov 2026).
 */
export function basemapStyle(
	basemap: FeatureCollection | string,
	{ labels, water }: { labels: boolean; water: boolean }
): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		name: 'Embedded Natural Earth basemap',
		sources: {
			...(water ? { extent: { type: 'geojson', data: extentPolygon() } as const } : {}),
			basemap: {
				type: 'geojson',
				data: basemap,
				// Tiles simplified to 1 px instead of MapLibre's 0.375 px: borders and shores keep what a
				// screen shows, and each frame draws fewer vertices. Where WebGL runs in software, a
				// frame of this map costs about 100 ms, so vertices are time.
				tolerance: 1,
				attribution:
					'<a href="https://www.naturalearthdata.com/">Natural Earth</a> · lakes © OpenStreetMap contributors (ODbL) · cities: GeoNames (CC BY 4.0)'
			}
		},
		layers: [
			...(water
				? ([
						{ id: 'outside', type: 'background', paint: { 'background-color': c.outside } },
						{
							id: 'water',
							type: 'fill',
							source: 'extent',
							paint: { 'fill-color': c.water, 'fill-antialias': false }
						}
					] as const)
				: []),
			// Constant colours and no `fill-antialias`: a data-driven colour and the antialiasing outline
			// each make MapLibre compile another shader program (11 → 8 programs before the map's load, about
			// 60 ms each in software WebGL), and both maps are drawn with MSAA, which smooths the edges anyway.
			{
				id: 'country-fill',
				type: 'fill',
				source: 'basemap',
				filter: ['==', ['get', 'layer'], 'country'],
				paint: { 'fill-color': c.land, 'fill-antialias': false }
			},
			{
				id: 'lake-fill',
				type: 'fill',
				source: 'basemap',
				filter: ['==', ['get', 'layer'], 'lake'],
				paint: { 'fill-color': c.water, 'fill-antialias': false }
			},
			{
				id: 'country-border',
				type: 'line',
				source: 'basemap',
				filter: ['all', ['==', ['get', 'layer'], 'country'], ['!=', ['get', 'iso3'], 'KAZ']],
				paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.2] }
			},
			{
				id: 'kazakhstan-border',
				type: 'line',
				source: 'basemap',
				filter: ['all', ['==', ['get', 'layer'], 'country'], ['==', ['get', 'iso3'], 'KAZ']],
				paint: {
					'line-color': c.kazakhstanBorder,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1, 7, 2.4]
				}
			}
		]
	};
	if (labels) style.layers.push(...labelLayers);
	return style;
}

/** The basemap's extent as a polygon: the sea wherever the basemap has no land. */
function extentPolygon(): Feature<Polygon> {
	const [[w, s], [e, n]] = BASEMAP_BOUNDS;
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[w, s]
				]
			]
		}
	};
}

/** City dots and names, country names: the export's, drawn by MapLibre (see basemapStyle). */
const labelLayers: LayerSpecification[] = [
	{
		id: 'city-dot',
		type: 'circle',
		source: 'basemap',
		filter: ['==', ['get', 'layer'], 'city'],
		minzoom: 3,
		paint: {
			'circle-radius': ['case', ['get', 'capital'], 3.5, 2.5],
			'circle-color': c.city,
			'circle-stroke-color': c.labelHalo,
			'circle-stroke-width': 1
		}
	},
	{
		id: 'city-label',
		type: 'symbol',
		source: 'basemap',
		filter: ['==', ['get', 'layer'], 'city'],
		minzoom: 3,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': ['sans-serif'],
			'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 13],
			'text-anchor': 'left',
			'text-offset': [0.5, 0],
			'symbol-sort-key': ['get', 'rank']
		},
		paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.2 }
	},
	{
		id: 'country-label',
		type: 'symbol',
		source: 'basemap',
		filter: ['==', ['get', 'layer'], 'country-label'],
		layout: {
			'text-field': ['upcase', ['get', 'name']],
			'text-font': ['sans-serif'],
			'text-size': ['case', ['==', ['get', 'rank'], 1], 14, 11],
			'text-letter-spacing': 0.12,
			'symbol-sort-key': ['get', 'rank'],
			'text-max-width': 8
		},
		paint: {
			'text-color': c.label,
			'text-halo-color': c.labelHalo,
			'text-halo-width': 1.5,
			'text-opacity': 0.85
		}
	}
];

/** The initial camera: all of Kazakhstan with its neighbours' edges. */
export const KAZAKHSTAN_BOUNDS: [[number, number], [number, number]] = [
	[46.4, 40.5],
	[87.4, 55.5]
];
/** Closest zoom the map allows: the embedded basemap's detail (~100 m) is spent by then. */
export const MAX_ZOOM = 11;
/** Panning stops where the embedded basemap ends (scripts/basemap/build.mjs BBOX). */
export const BASEMAP_BOUNDS: [[number, number], [number, number]] = [
	[22, 22],
	[106, 66]
];
