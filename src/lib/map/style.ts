import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapColours as c } from './palette';

type Bounds = [[number, number], [number, number]];

/**
 * The embedded basemap: two GeoJSON files built by `npm run geodata` (scripts/basemap/build.mjs),
 * drawn from one MapLibre source with filters on their `layer` property. `basemap` is the regional
 * detail inside BASEMAP_BOUNDS, all the first view needs. `late`, when given, adds the low-detail
 * world outside it and the rivers: the export always has it; the live map adds it after it is ready
 * (addLate), so its first view does not wait for bytes it does not show.
 *
 * One source, not one per file: MapLibre redraws every tile's stencil clipping mask each time the
 * next layer's source differs from the last one's, in each of its two passes. With the files as two
 * sources, interleaved by draw order, that was 11 mask redraws a frame (66 of a frame's 129 draw
 * calls at 1400 × 900), each writing the whole viewport's stencil: in software WebGL, with MSAA,
 * about a quarter of a pan frame (docs/performance.md, 4 Dec 2026, stop 37).
 *
 * No place names: MapLibre's text shaders cost more than the rest of the map together where WebGL
 * runs in software (no GPU: SwiftShader here, locked-down office VMs). The label engine (labels.ts)
 * places them for the live map (HTML, MapLabels.svelte) and the export (drawn in its 2D composition),
 * so both show the same names (docs/decisions/one-label-engine.md).
 *
 * `water`: whether the sea is drawn by MapLibre. The export needs it in its image; the live map
 * leaves it out and its container's CSS shows the same colour through the transparent canvas
 * (MapView): one full-canvas pass less per frame, with MSAA, in software WebGL. In the export the
 * sea is an extent filled, not a background (extentPolygon): with `late`, the world's (Mercator's
 * ±85°), under the world's land, so an image wider than the live view (a slide from a tall reader's
 * view) shows the world around the region, not paper.
 *
 * Kazakhstan has no fill of its own, only its stronger border: the regions layer covers it, and an
 * extra fill under that was one more large polygon drawn every frame (with the background: time to
 * ready −4 %, medians of 9 paired loads, 29 Nov 2026).
 */
export function basemapStyle(
	basemap: FeatureCollection,
	{ water, late }: { water: boolean; late?: FeatureCollection }
): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		name: 'Embedded Natural Earth basemap',
		sources: {
			...(water
				? { extent: { type: 'geojson', data: extentPolygon(late ? WORLD_BOUNDS : BASEMAP_BOUNDS) } as const }
				: {}),
			basemap: basemapSource(late ? withLate(basemap, late) : basemap)
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
			...(late ? [worldLand] : []),
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
			...(late ? [worldLake] : []),
			{
				id: 'lake-fill',
				type: 'fill',
				source: 'basemap',
				filter: ['==', ['get', 'layer'], 'lake'],
				paint: { 'fill-color': c.water, 'fill-antialias': false }
			},
			...(late ? lateAbove : []),
			// Borders and coasts as lines (each shared border once), not the countries' outlines: those
			// would draw BASEMAP_BOUNDS' edge too, a straight line where the detail meets the world.
			{
				id: 'country-border',
				type: 'line',
				source: 'basemap',
				filter: ['==', ['get', 'layer'], 'border'],
				paint: { 'line-color': c.border, 'line-width': borderWidth }
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
	return style;
}

const ATTRIBUTION =
	'<a href="https://www.naturalearthdata.com/">Natural Earth</a> · lakes © OpenStreetMap contributors (ODbL) · cities: GeoNames (CC BY 4.0)';
const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.2];

function basemapSource(data: FeatureCollection) {
	return {
		type: 'geojson',
		data,
		// Tiles simplified to 1 px instead of MapLibre's 0.375 px: borders and shores keep what a
		// screen shows, and each frame draws fewer vertices. Where WebGL runs in software, a
		// frame of this map costs about 100 ms, so vertices are time.
		tolerance: 1,
		attribution: ATTRIBUTION
	} as const;
}

/** The detail and the world in one collection: the one source both are drawn from. */
function withLate(basemap: FeatureCollection, late: FeatureCollection): FeatureCollection {
	return { type: 'FeatureCollection', features: [...basemap.features, ...late.features] };
}

// The late file's layers: the world's land just under the detail's land and its lakes just under
// the detail's lakes (they do not overlap: the build cuts the world out of BASEMAP_BOUNDS, so the
// order between world and detail changes no pixel), rivers and the world's borders over the fills.
// Land next to land, so the vector exports draw both as one path, without a seam where they meet
// (export/vector-map.ts drawStyleLayers).
const worldLand: LayerSpecification = {
	id: 'world-land',
	type: 'fill',
	source: 'basemap',
	filter: ['==', ['get', 'layer'], 'world-land'],
	paint: { 'fill-color': c.land, 'fill-antialias': false }
};
const worldLake: LayerSpecification = {
	id: 'world-lake',
	type: 'fill',
	source: 'basemap',
	filter: ['==', ['get', 'layer'], 'world-lake'],
	paint: { 'fill-color': c.water, 'fill-antialias': false }
};
const lateAbove: LayerSpecification[] = [
	{
		id: 'river',
		type: 'line',
		source: 'basemap',
		filter: ['==', ['get', 'layer'], 'river'],
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': c.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 7, 1.8] }
	},
	{
		id: 'world-border',
		type: 'line',
		source: 'basemap',
		filter: ['==', ['get', 'layer'], 'world-border'],
		paint: { 'line-color': c.border, 'line-width': borderWidth }
	}
];

/**
 * Adds the late file's features and layers to a map drawn from basemapStyle without them, each layer
 * in the place basemapStyle would give it: the live map, which does not wait for it (MapView). The
 * features join the basemap's source (setData: MapLibre keeps drawing the tiles it has until their
 * replacements are cut), so the map stays one source, as basemapStyle's is.
 */
export function addLate(map: LateTarget, basemap: FeatureCollection, late: FeatureCollection) {
	if (map.getLayer(worldLand.id)) return;
	// basemapStyle's 'basemap' is a GeoJSON source (MapLibre's getSource is typed for any source).
	const source = map.getSource('basemap') as { setData(data: FeatureCollection): unknown } | undefined;
	source?.setData(withLate(basemap, late));
	const order = basemapStyle(EMPTY, { water: true, late: EMPTY }).layers.map((l) => l.id);
	for (const layer of [worldLand, worldLake, ...lateAbove]) {
		const after = order.slice(order.indexOf(layer.id) + 1);
		map.addLayer(
			layer,
			after.find((id) => map.getLayer(id))
		);
	}
}
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The part of MapLibre's Map that addLate uses (a fake in the unit test). */
export interface LateTarget {
	getSource(id: string): unknown;
	getLayer(id: string): unknown;
	addLayer(layer: LayerSpecification, beforeId?: string): unknown;
}

/**
 * The sea, wherever the basemap has no land: the whole world when the world's land is drawn, else
 * only the detail's extent, or the sea would be painted over the land the detail leaves out (Sweden,
 * China). Past it an image shows paper (colour `outside`), not a false sea.
 */
function extentPolygon([[w, s], [e, n]]: Bounds): Feature<Polygon> {
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

/** The initial camera: all of Kazakhstan with its neighbours' edges. */
export const KAZAKHSTAN_BOUNDS: [[number, number], [number, number]] = [
	[46.4, 40.5],
	[87.4, 55.5]
];
/** Closest zoom the map allows: the embedded basemap's detail (~100 m) is spent by then. */
export const MAX_ZOOM = 11;
/** Where the embedded basemap's regional detail ends (scripts/basemap/build.mjs BBOX). */
export const BASEMAP_BOUNDS: [[number, number], [number, number]] = [
	[22, 22],
	[106, 66]
];
/**
 * Panning stops here (the live map's maxBounds, the export's constraint): the detail and 20° of
 * longitude, 10° of latitude of the low-detail world around it, enough to frame Belarus and Ukraine
 * (paragraph 14) or western China beside a panel. Past the detail the world is coarse and unlabelled,
 * so the reader is not invited further.
 */
export const CAMERA_BOUNDS: [[number, number], [number, number]] = [
	[2, 12],
	[126, 76]
];
/** Web Mercator's world: the late file's land and the export's sea cover all of it. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
	[-180, -85.05],
	[180, 85.05]
];
