// Every kind of feature the map draws, each found on the canvas: its pixel in the colour the legend
// gives it, at the position the map's own projection puts it, and picked by a hover (tooltip) and a
// click (details). Shared by the Chromium spec (kinds.spec.ts) and the Firefox one
// (firefox/kinds.spec.ts): the table and the page-side code are the same in both browsers.
import { readFileSync } from 'node:fs';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { arcPath, type LngLat } from '../src/lib/geo/arc';
import { ownerBloc, type Shareholder } from '../src/lib/geo/ownership';
import { countryNames, ownerBlocs } from '../src/lib/map/palette';

export type LayerId = 'regions' | 'north' | 'csto' | 'unrest' | 'energy' | 'military';
export type Geometry = 'polygon' | 'outline' | 'marker' | 'line';

export type Kind = {
	/** What is drawn, as the test's title says it. */
	title: string;
	geometry: Geometry;
	/** Its dataset: the layer toggle in the panel and `geodata/<layer>.geojson`. */
	layer: LayerId;
	/** The feature's name, as its tooltip and its details heading show it. */
	name: string;
	/** A point of what is drawn: a marker's centre, a vertex or the middle of a segment of a line. */
	at: LngLat | [LngLat, LngLat];
	/** Camera zoom at which the feature is clear of its neighbours. */
	zoom: number;
	/** Pixels from the projected point to probe, where something else sits on the very centre. */
	nudge?: [number, number];
	/** The legend item whose colour the feature is drawn in. */
	legend: string;
};

type Props = { id: string; name: string; [k: string]: unknown };
const features = new Map<string, Feature<Point | LineString | Polygon, Props>[]>();
function feature<G extends Point | LineString | Polygon>(layer: LayerId, id: string) {
	if (!features.has(layer))
		features.set(
			layer,
			JSON.parse(readFileSync(new URL(`../geodata/${layer}.geojson`, import.meta.url), 'utf8')).features
		);
	const f = features.get(layer)!.find((f) => f.properties.id === id);
	if (!f) throw new Error(`geodata/${layer}.geojson has no feature ${id}`);
	return f as Feature<G, Props>;
}
const point = (layer: LayerId, id: string) => feature<Point>(layer, id).geometry.coordinates as LngLat;

/** A vertex of the north zone's outline, checked against the file so the probe follows the data. */
function northVertex(v: LngLat): LngLat {
	const ring = feature<Polygon>('north', 'north').geometry.coordinates[0]!;
	if (!ring.some(([x, y]) => x === v[0] && y === v[1]))
		throw new Error(`${v} is no longer a vertex of the north outline`);
	return v;
}

const airlift = feature<LineString>('csto', 'csto-airlift-almaty-ulyanovsk');
const pipeline = feature<LineString>('energy', 'energy-pipeline-kz-china-oil');
const karachaganak = feature<Point>('energy', 'energy-karachaganak');
const nurSultanAirport = feature<Point>('csto', 'csto-nursultan-airport');
const name = (layer: LayerId, id: string) => feature(layer, id).properties.name;
const contingentOf = (f: Feature<Point, Props>) =>
	countryNames[(f.properties.contingents as { country: string }[])[0]!.country]!;
const blocOf = (f: Feature<Point | LineString, Props>) =>
	ownerBlocs[ownerBloc(f.properties.shareholders as Shareholder[])].label;

// Each at a zoom where nothing else is drawn on its probe pixel (looked at: /work/notes/kinds/).
export const KINDS: Kind[] = [
	{
		title: 'regions choropleth (polygon)',
		geometry: 'polygon',
		layer: 'regions',
		name: name('regions', 'KZ-SEV'),
		// Inside North Kazakhstan, away from its borders, the hatching and the markers (layers.spec.ts).
		at: [70.9, 53.75],
		zoom: 5,
		// 48.3 % Russians (census 2009): the darkest class.
		legend: '45–100 %'
	},
	{
		title: 'Russian-speaking north (outline)',
		geometry: 'outline',
		layer: 'north',
		name: name('north', 'north'),
		// On its southern edge, where it crosses Karaganda Region's border, away from every marker.
		at: northVertex([67.1469, 46.0631]),
		zoom: 5,
		legend: 'Russian-speaking north (six regions)'
	},
	{
		title: 'CSTO deployment site (marker)',
		geometry: 'marker',
		layer: 'csto',
		name: nurSultanAirport.properties.name,
		at: point('csto', 'csto-nursultan-airport'),
		// The Nur-Sultan unrest marker is 0.15° north: apart from zoom 7 on.
		zoom: 8,
		legend: contingentOf(nurSultanAirport)
	},
	{
		title: 'airlift arc (line)',
		geometry: 'line',
		layer: 'csto',
		name: airlift.properties.name,
		// The middle vertex of the curve CstoLayer draws for the flight, over the Aral Sea's east shore.
		at: arcPath(
			airlift.geometry.coordinates[0] as LngLat,
			airlift.geometry.coordinates.at(-1) as LngLat
		)[12]!,
		zoom: 5,
		legend: "airlift arc, in its contingent's colour"
	},
	{
		title: 'unrest event (marker)',
		geometry: 'marker',
		layer: 'unrest',
		name: name('unrest', 'unrest-oral'),
		at: point('unrest', 'unrest-oral'),
		zoom: 6,
		legend: 'protest or clash'
	},
	{
		title: 'energy asset (marker)',
		geometry: 'marker',
		layer: 'energy',
		name: karachaganak.properties.name,
		at: point('energy', 'energy-karachaganak'),
		zoom: 6,
		legend: blocOf(karachaganak)
	},
	{
		title: 'pipeline (line)',
		geometry: 'line',
		layer: 'energy',
		name: pipeline.properties.name,
		// The middle of its longest straight piece, Aktobe to the Chinese border, in Karaganda Region.
		at: [pipeline.geometry.coordinates[1] as LngLat, pipeline.geometry.coordinates[2] as LngLat],
		zoom: 5,
		// Pipelines are drawn in their owner bloc's colour (the legend's grey line only says so).
		legend: blocOf(pipeline)
	},
	{
		title: 'Shymkent (a city-region drawn as a dot)',
		geometry: 'marker',
		layer: 'regions',
		name: name('regions', 'KZ-SHY'),
		at: point('regions', 'KZ-SHY'),
		zoom: 8,
		// The basemap's own city dot (3.5 px) is drawn over the region's dot (7 px); pipelines leave
		// it northwards. 5 px south is the region's dot alone.
		nudge: [0, 5],
		// 8.6 % Russians (official estimate, 2022).
		legend: '5–15 %'
	},
	{
		title: 'leased Russian military site (marker)',
		geometry: 'marker',
		layer: 'military',
		// Not the Balkhash radar, which sits on the north zone's outline, nor the Taysoygan range,
		// which lies on the Kazakhstan-China oil pipeline.
		name: name('military', 'mil-sary-shagan'),
		at: point('military', 'mil-sary-shagan'),
		zoom: 6,
		legend: 'test range (nominal point)'
	},
	{
		title: 'context point (ctx-*: Crimea)',
		geometry: 'marker',
		layer: 'csto',
		name: name('csto', 'ctx-crimea'),
		at: point('csto', 'ctx-crimea'),
		zoom: 6,
		legend: 'earlier Russian deployments'
	}
];

/** Every layer on, the military sites included (off by default). */
export const ALL_LAYERS = '/?l=regions,north,csto,unrest,energy,military';

/**
 * Where a probe is put, from the map's centre (CSS px): right of the layers panel and above the
 * timeline, clear of the zoom buttons, at 1400 × 900 (the details panel covers it when open).
 */
export const PROBE_OFFSET: [number, number] = [150, -60];

// Page-side code: plain functions of one serialisable argument, run by Playwright's or puppeteer's
// `evaluate` (neither may build a function from a string under the app's CSP).
type W = Window & { __map: import('maplibre-gl').Map };

/** Moves the camera so the probe point is at PROBE_OFFSET from the map's centre; resolves when drawn. */
export const cameraTo = ({
	at,
	zoom,
	offset
}: {
	at: LngLat | [LngLat, LngLat];
	zoom: number;
	offset: [number, number];
}) =>
	new Promise<void>((resolve) => {
		const map = (window as unknown as W).__map;
		const single = typeof at[0] === 'number';
		const ends = (single ? [at, at] : at) as [LngLat, LngLat];
		// A segment's middle as deck.gl draws it, straight in Web Mercator: the midpoint on screen at
		// any camera without pitch, not the midpoint in degrees.
		const a = map.project(ends[0]);
		const b = map.project(ends[1]);
		const middle = map.unproject([(a.x + b.x) / 2, (a.y + b.y) / 2]);
		map.once('idle', () => resolve());
		map.easeTo({ center: middle, zoom, offset, duration: 0 });
		map.triggerRepaint();
	});

/**
 * The probe's page coordinates, the pixel there (the canvas over the container's sea colour, as
 * the reader sees it), and the element a pointer there reaches (the canvas, or a panel over it).
 */
export const probeAt = ({ at, nudge }: { at: LngLat | [LngLat, LngLat]; nudge: [number, number] }) => {
	const map = (window as unknown as W).__map;
	const single = typeof at[0] === 'number';
	const ends = (single ? [at, at] : at) as [LngLat, LngLat];
	const a = map.project(ends[0]);
	const b = map.project(ends[1]);
	const x = (a.x + b.x) / 2 + nudge[0];
	const y = (a.y + b.y) / 2 + nudge[1];
	const canvas = map.getCanvas();
	const ratio = canvas.width / canvas.clientWidth;
	const c2 = document.createElement('canvas');
	c2.width = 1;
	c2.height = 1;
	const g = c2.getContext('2d')!;
	g.fillStyle = getComputedStyle(map.getContainer()).backgroundColor;
	g.fillRect(0, 0, 1, 1);
	g.drawImage(canvas, Math.floor(x * ratio), Math.floor(y * ratio), 1, 1, 0, 0, 1, 1);
	const r = map.getContainer().getBoundingClientRect();
	const page = { x: r.left + x, y: r.top + y };
	const hit = document.elementFromPoint(page.x, page.y);
	return {
		page,
		rgb: Array.from(g.getImageData(0, 0, 1, 1).data.slice(0, 3)),
		onCanvas: hit === canvas
	};
};

/** The colour of a legend item's symbol (fill, or the line of an outline or arc), or null. */
export const legendColour = (label: string) => {
	// The full legend writes the label out; the compact one a short word, with the label as its title.
	const item = [...document.querySelectorAll('[data-testid="legend"] li')].find(
		(li) => li.textContent?.trim() === label || li.getAttribute('title') === label
	);
	const symbol = item?.querySelector('span');
	if (!symbol) return null;
	const style = getComputedStyle(symbol);
	const outlined = symbol.classList.contains('outline') || symbol.classList.contains('arc');
	const css = outlined ? style.borderTopColor : style.backgroundColor;
	return (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
};

/** Resolves after the map has drawn a frame with everything the page has set so far. */
export const nextFrame = () =>
	new Promise<void>((resolve) =>
		requestAnimationFrame(() => {
			const map = (window as unknown as W).__map;
			map.once('idle', () => resolve());
			map.triggerRepaint();
		})
	);

/**
 * How a probe pixel is made of the feature's colour over what lies under it (read with the layer
 * hidden): `alpha` is the share of the colour (deck.gl blends `alpha · colour + (1 − alpha) · under`;
 * the layers draw at 0.78–1), `off` the largest channel's distance from that blend (a different
 * colour), and `contrast` how far the colour is from what is under it (a probe must tell them apart).
 */
export function mix(pixel: number[], colour: number[], under: number[]) {
	const d = colour.map((c, i) => c - under[i]!);
	const dd = d.reduce((s, v) => s + v * v, 0);
	const alpha = dd === 0 ? 0 : pixel.reduce((s, p, i) => s + (p - under[i]!) * d[i]!, 0) / dd;
	const off = Math.max(...pixel.map((p, i) => Math.abs(p - (under[i]! + alpha * d[i]!))));
	return { alpha: Math.round(alpha * 100) / 100, off: Math.round(off), contrast: Math.round(Math.sqrt(dd)) };
}

/**
 * The pixel is the feature's colour, blended as deck.gl draws it, and unlike what it covers. `off`
 * may reach 16: a marker's fill lies over its own white outline (DotLayer draws the outline under
 * the fill), not over the map, which moves the blend by (1 − alpha) · (255 − under), 13 for the
 * military site's 0.9 over the north's purple. A changed colour moves it far more and along another
 * direction, so alpha then falls out of range (a blue channel 100 higher: alpha 0.27). The least
 * contrast a probe has is Shymkent's 5–15 % class over the land: 50.
 */
export const drawnIn = (m: ReturnType<typeof mix>) =>
	m.contrast >= 40 && m.alpha >= 0.6 && m.alpha <= 1.05 && m.off <= 16;
