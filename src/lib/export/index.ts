/**
 * One export, start to finish: offscreen map render (tiled when needed), composition, encoding.
 * Everything under $lib/export is loaded by the dialog's dynamic import, never by the first view.
 */
import type { Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import type { Datasets, LayerName } from '$lib/data/load';
import type { DeckModules } from '$lib/map/deck';
import { exportCamera, type Bounds, type Camera } from './camera';
import { decorationBoxes, drawDecorations, drawLabels, type Decorations } from './compose';
import { exportLabels, type LabelsInput } from './labels';
import type { Measure, PlacedLabel } from '$lib/map/labels';
import type { Rect } from '$lib/map/padding';
import { creditsText, fitCredits } from './credits';
import { encode } from './encode';
import { FONTS, MARGIN, planLayout, wrap, type Layout } from './layout';
import { legendSections } from '$lib/map/legend';
import { DATASETS } from '$lib/datasets';
import { sourcePublishers } from './legend';
import { type Format, type Target } from './presets';
import { CanvasLimitError, glMaxSize, renderMap } from './render';
import { metersPerPixel, scaleBar } from './scale';
import { CanvasSurface, type Surface } from './surface';
import { canvasMetrics, decimalsFor, SvgSurface } from './svg';

/** The credits' height: at small sizes more names would push the map smaller, not the names out. */
const MAX_CREDIT_LINES = 3;

export type Show = {
	legend: boolean;
	scaleBar: boolean;
	northArrow: boolean;
	date: boolean;
	sources: boolean;
};

export type ExportInput = {
	format: Format;
	target: Target;
	title: string;
	subtitle: string;
	show: Show;
	date: string | null;
	style: StyleSpecification;
	bounds: Bounds;
	maxBounds?: Bounds;
	layers: Layer[];
	deck: DeckModules;
	datasets: Datasets;
	visible: Record<LayerName, boolean>;
	article: { author: string; title: string };
	/** The basemap's names and the reader's view: the export places them as the screen does. */
	labels: LabelsInput | null;
};

export type Step = { step: 'map'; tile: number; tiles: number } | { step: 'compose' } | { step: 'encode' };

export type ExportResult = {
	blob: Blob;
	/** The file's size in device px (an SVG's width and height attributes). */
	width: number;
	height: number;
	layout: Layout;
	camera: Camera;
	labels: PlacedLabel[];
	/** What the names were kept clear of (the decorations over the map), in layout px. */
	labelObstacles: Rect[];
	tiles: number;
	ms: number;
};

let maxDevice: number | null = null;

/** What the composition around the map needs: the same for the export and its preview. */
export type CompositionInput = Pick<
	ExportInput,
	'title' | 'subtitle' | 'show' | 'date' | 'datasets' | 'visible' | 'article' | 'labels'
>;

export type Composition = {
	layout: Layout;
	/** For the file's metadata: every publisher, not only those that fit the printed credits. */
	credits: Parameters<typeof creditsText>[0];
	publishers: string[];
};

/**
 * Title, subtitle, legend, credits and the map's box for an image of `cssW` × `cssH` layout px,
 * measured with the surface's fonts. The export and the dialog's preview both call this, so the preview's
 * frame, legend and credits are the export's own.
 */
export function planComposition(
	input: CompositionInput,
	cssW: number,
	cssH: number,
	surface: Surface
): Composition {
	const shown = DATASETS.filter((e) => input.visible[e.id] && input.datasets.layers[e.id]?.ok);
	const measure = (text: string, font: string) => surface.measure(text, font);
	const publishers = sourcePublishers(input.datasets, input.visible);
	const credits = {
		author: input.article.author,
		articleTitle: input.article.title,
		layers: shown.map((e) => e.names.credit),
		publishers: input.show.sources ? publishers : null
	};
	const layout = planLayout({
		width: cssW,
		height: cssH,
		title: input.title.trim(),
		subtitle: input.subtitle.trim(),
		// As many publishers as fit in the credits' lines; the file's metadata names them all.
		footer: fitCredits(
			credits,
			(text) => wrap(text, FONTS.small, cssW - 2 * MARGIN, measure).length,
			MAX_CREDIT_LINES
		),
		sections: input.show.legend ? legendSections(input.datasets, input.visible) : [],
		measure
	});
	return { layout, credits, publishers };
}

/**
 * Paper, the map (drawn by `drawMap` into the map box, in layout px), the place names over it and
 * the decorations around it, for a map seen with `camera`, on either surface: the PNG's canvas and
 * the SVG get this one composition. Returns the names it drew and the decorations' boxes they were
 * kept clear of.
 */
export function drawComposition(
	s: Surface,
	input: CompositionInput,
	layout: Layout,
	camera: Camera,
	drawMap: () => void
): { labels: PlacedLabel[]; obstacles: Rect[] } {
	s.group({ id: 'paper' }, () => s.rect(0, 0, layout.width, layout.height, { fill: '#ffffff' }));
	drawMap();
	const deco: Decorations = {
		scaleBar: input.show.scaleBar
			? scaleBar(metersPerPixel(camera.center[1], camera.zoom), Math.min(160, layout.map.w / 4))
			: null,
		northArrow: input.show.northArrow,
		date: input.show.date ? input.date : null
	};
	const t0 = performance.now();
	const obstacles = decorationBoxes(s, layout, deco);
	// Letter spacing added per character, as CSS does (map/labels.ts canvasMeasure).
	const measure: Measure = (text, font, spacing) => s.measure(text, font) + spacing * [...text].length;
	const labels = input.labels ? exportLabels(input.labels, camera, layout.map, obstacles, measure) : [];
	drawLabels(s, labels);
	// User Timing, as the map's marks: what placing and drawing the names costs (docs/performance.md).
	performance.measure('export:labels', { start: t0 });
	drawDecorations(s, layout, deco);
	return { labels, obstacles };
}

export async function runExport(
	input: ExportInput,
	onStep: (s: Step) => void,
	signal: AbortSignal
): Promise<ExportResult> {
	const t0 = performance.now();
	if (input.format === 'svg' || input.format === 'vpdf') return runVectorExport(input, onStep, signal, t0);
	const { target } = input;
	const N = target.pixelRatio;
	const cssW = target.width / N;
	const cssH = target.height / N;
	const out = document.createElement('canvas');
	out.width = target.width;
	out.height = target.height;
	const g = out.getContext('2d');
	if (!g) throw new Error(`This browser cannot make a ${target.width} × ${target.height} canvas.`);
	g.scale(N, N);
	const surface = new CanvasSurface(g);
	const { layout, credits, publishers } = planComposition(input, cssW, cssH, surface);

	maxDevice ??= glMaxSize();
	const render = (limit: number) =>
		renderMap({
			style: input.style,
			bounds: input.bounds,
			maxBounds: input.maxBounds,
			width: layout.map.w,
			height: layout.map.h,
			pixelRatio: N,
			layers: input.layers,
			deck: input.deck,
			maxDevice: limit,
			signal,
			onTile: (tile, tiles) => onStep({ step: 'map', tile, tiles })
		});
	let rendered;
	try {
		rendered = await render(maxDevice);
	} catch (err) {
		// The GPU gave less than its stated limit (memory): remember the real one and tile to it.
		if (!(err instanceof CanvasLimitError)) throw err;
		maxDevice = err.largest;
		rendered = await render(maxDevice);
	}

	signal.throwIfAborted();
	onStep({ step: 'compose' });
	const image = rendered.image;
	const { labels, obstacles } = drawComposition(surface, input, layout, rendered.camera, () => {
		// The map pixels go in unscaled, on whole device pixels: no resampling of the rendered map.
		g.save();
		g.setTransform(1, 0, 0, 1, 0, 0);
		g.drawImage(image, Math.round(layout.map.x * N), Math.round(layout.map.y * N));
		g.restore();
	});

	signal.throwIfAborted();
	onStep({ step: 'encode' });
	const blob = await encode(out, input.format, target, {
		title: input.title.trim() || input.article.title,
		author: input.article.author,
		credits: creditsText({ ...credits, publishers }),
		sources: publishers
	});
	const result = {
		blob,
		width: out.width,
		height: out.height,
		layout,
		camera: rendered.camera,
		labels,
		labelObstacles: obstacles,
		tiles: rendered.tiles,
		ms: 0
	};
	result.ms = Math.round(performance.now() - t0);
	publishForTests(result, N);
	return result;
}

/**
 * The SVG and the vector PDF: the same plan and composition as the PNG, drawn on the SVG or PDF
 * surface, with the map body drawn as vectors from the same data (vector-map.ts) instead of
 * rendered by WebGL. The camera is the one the PNG's render computes for the same map box, so all
 * frame the same view.
 */
async function runVectorExport(
	input: ExportInput,
	onStep: (s: Step) => void,
	signal: AbortSignal,
	t0: number
): Promise<ExportResult> {
	const { target } = input;
	const N = target.pixelRatio;
	const cssW = target.width / N;
	const cssH = target.height / N;
	const meta = () => ({
		title: input.title.trim() || input.article.title,
		author: input.article.author,
		credits: creditsText({ ...credits, publishers }),
		sources: publishers
	});
	let surface: Surface;
	let finish: () => Blob;
	if (input.format === 'vpdf') {
		// The page as the raster PDF's: the paper size for paper presets, else 96 px per inch.
		const [{ PdfSurface }, { loadPdfFonts }] = await Promise.all([import('./pdf'), import('./pdf-fonts')]);
		const widthPt = target.page?.widthPt ?? cssW * 0.75;
		const heightPt = target.page?.heightPt ?? cssH * 0.75;
		const pdf = new PdfSurface({
			widthPt,
			heightPt,
			ptPerPx: widthPt / cssW,
			// Measured with the embedded Noto Sans, the letters the PDF draws: the browser's canvas
			// measures whatever font the reader has (most have no Noto), and text ran past its boxes.
			fonts: await loadPdfFonts()
		});
		surface = pdf;
		finish = () => pdf.blob(meta());
	} else {
		const svg = new SvgSurface({
			width: target.width,
			height: target.height,
			viewWidth: cssW,
			viewHeight: cssH,
			decimals: decimalsFor(N),
			...canvasMetrics()
		});
		surface = svg;
		finish = () => new Blob([svg.serialise(meta())], { type: 'image/svg+xml' });
	}
	const { layout, credits, publishers } = planComposition(input, cssW, cssH, surface);
	const { drawVectorMap } = await import('./vector-map');
	signal.throwIfAborted();
	onStep({ step: 'compose' });
	const camera = exportCamera(input.bounds, layout.map.w, layout.map.h, input.maxBounds);
	const { labels, obstacles } = drawComposition(surface, input, layout, camera, () =>
		drawVectorMap(surface, {
			style: input.style,
			layers: input.layers,
			camera,
			map: layout.map,
			// A quarter of an output pixel, in layout px.
			tolerance: 0.25 / N
		})
	);
	signal.throwIfAborted();
	onStep({ step: 'encode' });
	const result: ExportResult = {
		blob: finish(),
		width: target.width,
		height: target.height,
		layout,
		camera,
		labels,
		labelObstacles: obstacles,
		tiles: 0,
		ms: 0
	};
	result.ms = Math.round(performance.now() - t0);
	publishForTests(result, N);
	return result;
}

/**
 * A read-only summary of the last export for the browser tests and the benchmark (like `window.__map`):
 * where the map sits in the image and how to project into it. The app never reads it.
 */
function publishForTests(r: ExportResult, N: number) {
	const { map } = r.layout;
	const px = (b: Rect) => ({ left: b.left * N, top: b.top * N, right: b.right * N, bottom: b.bottom * N });
	(window as unknown as { __lastExport?: unknown }).__lastExport = {
		width: r.width,
		height: r.height,
		pixelRatio: N,
		map: { x: Math.round(map.x * N), y: Math.round(map.y * N), w: map.w, h: map.h },
		legend: r.layout.legend
			? Object.fromEntries(Object.entries(r.layout.legend.rect).map(([k, v]) => [k, Math.round(v * N)]))
			: null,
		camera: r.camera,
		credits: r.layout.footerLines.join(' '),
		legendTitles: r.layout.legend?.blocks.map((b) => b.section.title) ?? [],
		// The legend's whole text as composed (titles, notes, item labels, unwrapped): the vector PDF
		// must say the same (e2e/svg-export.spec.ts reads it back with pdftotext).
		legendText:
			r.layout.legend?.blocks
				.flatMap((b) => [b.section.title, b.section.note ?? '', ...b.section.items.map((i) => i.label)])
				.join(' ')
				.replace(/\s+/g, ' ')
				.trim() ?? '',
		// The names drawn and what they kept clear of, boxes in image px (e2e/label-parity.spec.ts
		// compares them with the screen's).
		labels: r.labels.map((l) => ({ text: l.text, box: px(l.box) })),
		labelObstacles: r.labelObstacles.map(px),
		tiles: r.tiles,
		ms: r.ms,
		bytes: r.blob.size
	};
}
