/**
 * The SVG export's map body, drawn as vectors from the data the PNG's WebGL render draws: the
 * export's own basemap style (its GeoJSON sources, filters and paint, evaluated by MapLibre's
 * style-spec at the export's zoom) and the live map's deck.gl layers (their data and their own
 * accessors: colours by region value, the timeline's fading, marked outlines), through the export's
 * camera (camera.ts `projector`, the one Web Mercator). Nothing is styled here a second time, so the
 * SVG cannot drift from the map: a new style rule or layer type that this does not know throws, and
 * the SVG export test fails, rather than a layer going silently missing.
 *
 * Draw order is the PNG's: the style's layers in order, each deck.gl layer with a `beforeId` just
 * before that style layer (interleaved, as @deck.gl/maplibre draws it), the rest on top.
 * Loaded with a dynamic import when an SVG is made, never for a PNG or the first view.
 */
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, GeoJSON, Geometry, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { DATASETS } from '$lib/datasets';
import simplify from 'simplify-js';
import { projector, type Camera, type LngLat, type Rect } from './camera';
import type { Paint, Point, Surface } from './surface';
import { svgColour } from './svg';

export type VectorMapInput = {
	style: StyleSpecification;
	/** The live map's deck.gl layers (MapContext.currentLayers at full detail), in draw order. */
	layers: readonly Layer[];
	camera: Camera;
	/** The map box in layout px. */
	map: Rect;
	/**
	 * Lines and rings are simplified (Douglas–Peucker, simplify-js, after projection) to this many layout px: a
	 * quarter of an output pixel changes nothing a reader or a printer sees, and halves the file.
	 */
	tolerance: number;
};

type RGBA = readonly number[];
type Props = Record<string, unknown>;
type Project = (p: Position) => Point;

/** Draws the map body into `input.map`, clipped to it, one group per basemap run and per dataset. */
export function drawVectorMap(s: Surface, input: VectorMapInput) {
	const { map, camera } = input;
	const toLayout = projector(camera, map.w, map.h);
	const project: Project = (p) => {
		const [x, y] = toLayout(p as LngLat);
		return [map.x + x, map.y + y];
	};
	// Projected first, then simplified in layout px: the tolerance is a distance on the page.
	const simplified = (line: readonly Position[]): Point[] =>
		simplify(
			line.map((p) => {
				const [x, y] = project(p);
				return { x, y };
			}),
			input.tolerance,
			true
		).map(({ x, y }) => [x, y] as const);
	const view: View = {
		...map,
		zoom: camera.zoom,
		project,
		fill: (rings) => {
			const out: Point[][] = [];
			// A ring wholly outside the frame cannot change the even–odd fill inside it: left out.
			for (const r of rings) {
				const pts = simplified(r);
				if (meets(pts, map, 0)) out.push(pts);
			}
			return out;
		},
		polygons: (g) => {
			const out: Point[][] = [];
			for (const polygon of polygonsOf(g))
				polygon.forEach((ring, i) => {
					const pts = simplified(ring);
					if (!meets(pts, map, 0)) return;
					// RFC 7946's winding, in layout px (y down): outer rings negative, holes positive.
					if (signedArea(pts) > 0 === (i === 0)) pts.reverse();
					out.push(pts);
				});
			return out;
		},
		stroke: (lines, closed, pad) => {
			const out = { closed: [] as Point[][], open: [] as Point[][] };
			for (const l of lines) {
				const pts = simplified(l);
				const runs = runsInFrame(pts, map, pad);
				if (closed && runs.length === 1 && runs[0]!.length === pts.length) out.closed.push(pts);
				else out.open.push(...runs);
			}
			return out;
		}
	};
	const deck = input.layers.filter((l) => (l.props as Props).visible !== false);
	const before = (id: string) => deck.filter((l) => (l.props as Props).beforeId === id);
	const onTop = deck.filter((l) => !(l.props as Props).beforeId);

	s.group({ id: 'map', clip: map }, () => {
		let run: LayerSpecification[] = [];
		let after = '';
		const flush = () => {
			if (run.length === 0) return;
			const layers = run;
			s.group({ id: after ? `basemap-over-${after}` : 'basemap' }, () =>
				drawStyleLayers(s, input.style, layers, view)
			);
			run = [];
		};
		for (const layer of input.style.layers) {
			const under = before(layer.id);
			if (under.length) {
				flush();
				after = drawDeckLayers(s, under, view) || after;
			}
			run.push(layer);
		}
		flush();
		drawDeckLayers(s, onTop, view);
	});
}

type View = Rect & {
	zoom: number;
	project: Project;
	/** Rings projected and simplified, those in the frame. */
	fill: (rings: readonly Position[][]) => Point[][];
	/**
	 * A polygon geometry's rings as `fill` gives them, outer rings wound one way and holes the other:
	 * several polygons in one path with the nonzero rule are their union, holes kept.
	 */
	polygons: (g: Geometry) => Point[][];
	/**
	 * Lines projected and simplified, cut to the runs of segments that come within `pad` px of the
	 * frame (the world's borders go round the globe; the file holds what the frame shows). A ring
	 * wholly in the frame stays closed.
	 */
	stroke: (
		lines: readonly Position[][],
		closed: boolean,
		pad: number
	) => { closed: Point[][]; open: Point[][] };
};

/** Strokes what View.stroke kept: closed rings and open runs, each as one path. */
function strokePaths(s: Surface, parts: { closed: Point[][]; open: Point[][] }, paint: Paint) {
	if (parts.closed.length) s.path(parts.closed, { ...paint, closed: true });
	if (parts.open.length) s.path(parts.open, paint);
}

// ---- The basemap: MapLibre style layers over GeoJSON sources ----

type Fill = { colour: string; rings: Point[][] };

/**
 * A run of style layers. Consecutive fill layers that each paint every feature one colour, the same,
 * are one path in one group (`world-land+country-fill`, as an SVG id `world-land-country-fill`): the
 * world's land is cut where the detail's begins, and two fills that meet edge to edge leave a faint
 * seam of what lies under them wherever an antialiasing rasteriser (librsvg, poppler) composites
 * them one after the other; MapLibre's multisampling does not. One path is antialiased once, along
 * its outside only.
 */
function drawStyleLayers(s: Surface, style: StyleSpecification, layers: LayerSpecification[], v: View) {
	const shown = layers.filter((l) => l.layout?.visibility !== 'none');
	const fills = new Map(shown.map((l) => [l, l.type === 'fill' ? styleFills(style, l, v) : null]));
	// Opaque colours only: translucent fills that overlap blend once per layer in MapLibre, and one
	// path would composite them once.
	const single = (f: Fill[] | null | undefined) =>
		f && f.length > 0 && f.every((x) => x.colour === f[0]!.colour) && svgColour(f[0]!.colour).alpha === 1
			? f[0]!.colour
			: null;
	for (let i = 0; i < shown.length;) {
		const layer = shown[i]!;
		const own = fills.get(layer);
		if (!own) {
			drawStyleLayer(s, style, layer, v);
			i++;
			continue;
		}
		const colour = single(own);
		let j = i + 1;
		while (colour && j < shown.length && single(fills.get(shown[j]!)) === colour) j++;
		const chain = shown.slice(i, j);
		const parts = chain.flatMap((l) => fills.get(l)!);
		s.group({ id: chain.map((l) => l.id).join('+') }, () => {
			if (colour)
				s.path(
					parts.flatMap((f) => f.rings),
					{ fill: colour, fillRule: 'nonzero', closed: true }
				);
			else for (const f of parts) s.path(f.rings, { fill: f.colour, fillRule: 'nonzero', closed: true });
		});
		i = j;
	}
}

/** A fill layer's features in the frame, in order: each one's rings and colour (with its opacity). */
function styleFills(style: StyleSpecification, layer: LayerSpecification, v: View): Fill[] {
	const zoom = { zoom: v.zoom };
	const out: Fill[] = [];
	for (const f of styleFeatures(style, layer, zoom)) {
		const rings = v.polygons(f.geometry);
		if (!rings.length) continue;
		const feature = { properties: f.properties ?? {} };
		const colour = evaluate(layer, 'paint', 'fill-color', zoom, feature);
		const opacity = evaluate(layer, 'paint', 'fill-opacity', zoom, feature) as number;
		out.push({ colour: colourOf(colour, opacity), rings });
	}
	return out;
}

/** The features of a fill or line layer's inline GeoJSON source that its filter keeps. */
function styleFeatures(style: StyleSpecification, layer: LayerSpecification, zoom: { zoom: number }) {
	if (layer.type !== 'fill' && layer.type !== 'line')
		throw new Error(
			`svg: the basemap layer "${layer.id}" is a ${layer.type} layer, which the SVG export does not draw`
		);
	const source = style.sources[layer.source];
	const data = source?.type === 'geojson' ? source.data : undefined;
	if (!data || typeof data === 'string')
		throw new Error(`svg: the basemap source "${layer.source}" is not inline GeoJSON`);
	const filter = featureFilter(layer.filter, `layers.${layer.id}.filter`);
	return sourceFeatures(data as GeoJSON).filter(
		(f) =>
			f.geometry &&
			filter.filter(zoom as never, { type: f.geometry.type, properties: f.properties ?? {} } as never)
	);
}

/** A background or line layer (fills are drawStyleLayers'). */
function drawStyleLayer(s: Surface, style: StyleSpecification, layer: LayerSpecification, v: View) {
	const zoom = { zoom: v.zoom };
	if (layer.type === 'background') {
		const colour = evaluate(layer, 'paint', 'background-color', zoom);
		s.group({ id: layer.id }, () => s.rect(v.x, v.y, v.w, v.h, { fill: colourOf(colour) }));
		return;
	}
	const features = styleFeatures(style, layer, zoom);
	s.group({ id: layer.id }, () => {
		for (const f of features) {
			const feature = { properties: f.properties ?? {} };
			// A line layer over polygons draws their outlines, as MapLibre does.
			const width = evaluate(layer, 'paint', 'line-width', zoom, feature) as number;
			const parts = v.stroke(lineStrings(f.geometry), isPolygon(f.geometry), width);
			if (!parts.closed.length && !parts.open.length) continue;
			const colour = evaluate(layer, 'paint', 'line-color', zoom, feature);
			const opacity = evaluate(layer, 'paint', 'line-opacity', zoom, feature) as number;
			strokePaths(s, parts, {
				stroke: colourOf(colour, opacity),
				lineWidth: width,
				lineCap: evaluate(layer, 'layout', 'line-cap', zoom, feature) === 'round' ? 'round' : 'butt',
				lineJoin: evaluate(layer, 'layout', 'line-join', zoom, feature) === 'round' ? 'round' : 'miter'
			});
		}
	});
}

/** A GeoJSON source's data as features: a collection, one feature (the sea's extent) or a geometry. */
function sourceFeatures(data: GeoJSON): Feature[] {
	if (data.type === 'FeatureCollection') return data.features;
	if (data.type === 'Feature') return [data];
	return [{ type: 'Feature', properties: {}, geometry: data }];
}

/** A paint or layout property at this zoom (and feature), its default when the layer leaves it out. */
function evaluate(
	layer: LayerSpecification,
	kind: 'paint' | 'layout',
	name: string,
	globals: { zoom: number },
	feature?: { properties: Record<string, unknown> }
): unknown {
	const specs = (latest as unknown as Record<string, Record<string, { default?: unknown }>>)[
		`${kind}_${layer.type}`
	];
	const spec = specs?.[name];
	if (!spec) throw new Error(`svg: no ${kind} property ${name} on ${layer.type} layers`);
	const value =
		(layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind]?.[name] ?? spec.default;
	const e = expression.normalizePropertyExpression(
		value as never,
		`layers.${layer.id}.${kind}.${name}`,
		spec as never
	);
	return e.evaluate(globals as never, feature as never);
}

/** A style-spec Color (premultiplied-free r, g, b in 0–1) as CSS, with the layer's opacity. */
function colourOf(c: unknown, opacity = 1): string {
	const { r, g, b, a } = c as { r: number; g: number; b: number; a: number };
	const to = (v: number) => Math.round(v * 255);
	return `rgb(${to(r)} ${to(g)} ${to(b)} / ${a * opacity})`;
}

// ---- The thematic layers: deck.gl layers read through their own props ----

/**
 * Draws consecutive layers of one dataset in one group named after it (regions, csto…). Returns the
 * last dataset drawn, or '' when none was.
 */
function drawDeckLayers(s: Surface, layers: readonly Layer[], v: View): string {
	let last = '';
	let i = 0;
	while (i < layers.length) {
		const dataset = datasetOf(layers[i]!.id);
		let j = i;
		while (j < layers.length && datasetOf(layers[j]!.id) === dataset) j++;
		const run = layers.slice(i, j);
		s.group({ id: dataset }, () => {
			// A layer keyed by the dataset's id alone draws straight into the dataset's group.
			for (const l of run)
				if (l.id === dataset) drawDeckLayer(s, l, v);
				else s.group({ id: l.id }, () => drawDeckLayer(s, l, v));
		});
		last = dataset;
		i = j;
	}
	return last;
}

/** The registry dataset a layer key belongs to: its id, or its id and a suffix (`regions-borders`). */
function datasetOf(layerId: string): string {
	const e = DATASETS.filter((d) => layerId === d.id || layerId.startsWith(`${d.id}-`)).sort(
		(a, b) => b.id.length - a.id.length
	)[0];
	return e?.id ?? layerId;
}

const call = (a: unknown, d: unknown, index: number, data: unknown): unknown =>
	typeof a === 'function' ? (a as (d: unknown, info: unknown) => unknown)(d, { index, data, target: [] }) : a;

function rows(data: unknown): unknown[] {
	if (Array.isArray(data)) return data;
	const fc = data as FeatureCollection | undefined;
	if (fc?.type === 'FeatureCollection') return fc.features;
	throw new Error('svg: a deck.gl layer whose data is not an array or a FeatureCollection');
}

/** A deck.gl colour [r, g, b, a 0–255] with the layer's opacity, as CSS. */
const deckColour = (c: RGBA, opacity: number) =>
	`rgb(${c[0]} ${c[1]} ${c[2]} / ${Math.round(((c[3] ?? 255) / 255) * opacity * 1000) / 1000})`;

function pixelsOnly(p: Props, key: string, layer: string) {
	if (p[key] !== 'pixels') throw new Error(`svg: ${layer} sizes lines in ${String(p[key])}, not pixels`);
}

function drawDeckLayer(s: Surface, layer: Layer, v: View) {
	const p = layer.props as Props;
	const kind = (layer.constructor as { layerName?: string }).layerName;
	// deck.gl applies a layer's opacity through a gamma, "to make it visually linear"
	// (@deck.gl/core shaderlib/misc/layer-uniforms.js): 0.78 blends as 0.89. So does the SVG.
	const opacity = ((p.opacity as number | undefined) ?? 1) ** (1 / 2.2);
	const data = rows(p.data);
	if (kind === 'PathLayer') {
		pixelsOnly(p, 'widthUnits', layer.id);
		const scale = (p.widthScale as number | undefined) ?? 1;
		data.forEach((d, i) => {
			const path = call(p.getPath, d, i, p.data) as Position[];
			const width = (call(p.getWidth, d, i, p.data) as number) * scale;
			strokePaths(s, v.stroke([path], false, width), {
				stroke: deckColour(call(p.getColor, d, i, p.data) as RGBA, opacity),
				lineWidth: width,
				lineCap: p.capRounded ? 'round' : 'butt',
				lineJoin: p.jointRounded ? 'round' : 'miter'
			});
		});
	} else if (kind === 'DotLayer') {
		data.forEach((d, i) => {
			const at = call(p.getPosition, d, i, p.data) as Position;
			const r = call(p.getRadius, d, i, p.data) as number;
			const lw = call(p.getLineWidth, d, i, p.data) as number;
			if (!meets([v.project(at)], v, r + lw)) return;
			const fill = call(p.getFillColor, d, i, p.data) as RGBA;
			const line = call(p.getLineColor, d, i, p.data) as RGBA;
			// As DotLayer draws it: the outline is never more opaque than the fill (a faint dot stays faint).
			const fillAlpha = fill[3] ?? 255;
			const ring = deckColour([line[0]!, line[1]!, line[2]!, Math.min(line[3] ?? 255, fillAlpha)], opacity);
			const [x, y] = v.project(at);
			if (fillAlpha >= 255 || lw <= 0)
				s.circle(x, y, r, {
					fill: deckColour(fill, opacity),
					...(lw > 0 ? { stroke: ring, lineWidth: lw } : {})
				});
			else {
				// A translucent fill shows the outline's disc through it, as on the map: a disc in the
				// outline's colour, the fill's smaller disc over it.
				s.circle(x, y, r + lw / 2, { fill: ring });
				s.circle(x, y, r - lw / 2, { fill: deckColour(fill, opacity) });
			}
		});
	} else if (kind === 'GeoJsonLayer') {
		const filled = p.filled !== false;
		const stroked = p.stroked !== false;
		if (stroked) pixelsOnly(p, 'lineWidthUnits', layer.id);
		data.forEach((d, i) => {
			const f = d as Feature<Geometry>;
			if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint')
				throw new Error(`svg: ${layer.id} has points, which its GeoJsonLayer would draw as circles`);
			const rings = filled ? v.fill(polygonRings(f.geometry)) : [];
			const width = stroked ? (call(p.getLineWidth, d, i, p.data) as number) : 0;
			const lines = stroked ? v.stroke(lineStrings(f.geometry), isPolygon(f.geometry), width) : null;
			if (rings.length) {
				s.path(rings, {
					fill: deckColour(call(p.getFillColor, d, i, p.data) as RGBA, opacity),
					fillRule: 'evenodd',
					closed: true
				});
			}
			if (lines) {
				const paint: Paint = {
					stroke: deckColour(call(p.getLineColor, d, i, p.data) as RGBA, opacity),
					lineWidth: width,
					lineJoin: p.lineJointRounded ? 'round' : 'miter',
					lineCap: p.lineCapRounded ? 'round' : 'butt'
				};
				strokePaths(s, lines, paint);
			}
		});
	} else
		throw new Error(
			`svg: the layer ${layer.id} is a ${kind ?? 'unknown'} layer, which the SVG export does not draw`
		);
}

// ---- Geometry ----

/** A geometry's polygons (one for a Polygon); none for other geometries. */
function polygonsOf(g: Geometry): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

/** Twice the signed area of a ring (shoelace), in layout px: negative when it turns left, y down. */
function signedArea(pts: readonly Point[]): number {
	let a = 0;
	for (let i = 0; i < pts.length; i++) {
		const [x0, y0] = pts[i]!;
		const [x1, y1] = pts[(i + 1) % pts.length]!;
		a += x0 * y1 - x1 * y0;
	}
	return a;
}

/** A polygon's rings (all parts of a MultiPolygon); nothing for other geometries. */
function polygonRings(g: Geometry): Position[][] {
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}

const isPolygon = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** The lines a line style draws: a line's own coordinates, a polygon's rings. */
function lineStrings(g: Geometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	return polygonRings(g);
}

/** Whether the points' bounding box meets the frame widened by `pad` px. */
function meets(pts: readonly Point[], r: Rect, pad: number): boolean {
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (const [x, y] of pts) {
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	return x1 >= r.x - pad && x0 <= r.x + r.w + pad && y1 >= r.y - pad && y0 <= r.y + r.h + pad;
}

/** The runs of consecutive segments whose bounding boxes meet the frame widened by `pad` px. */
function runsInFrame(pts: readonly Point[], r: Rect, pad: number): Point[][] {
	if (pts.length === 1) return meets(pts, r, pad) ? [[pts[0]!]] : [];
	const runs: Point[][] = [];
	let run: Point[] | null = null;
	for (let i = 1; i < pts.length; i++) {
		if (meets([pts[i - 1]!, pts[i]!], r, pad)) {
			if (!run) runs.push((run = [pts[i - 1]!]));
			run.push(pts[i]!);
		} else run = null;
	}
	return runs;
}
