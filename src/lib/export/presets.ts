/**
 * Export sizes. Paper presets are defined in millimetres and dots per inch so the pixel size is the
 * one a print shop expects (A4 at 300 dpi landscape = 3508 × 2480); the PDF page gets the same paper
 * size in points, so the image lands on it at exactly the chosen dpi.
 */
/** `pdf`: the PNG's picture on a PDF page (raster); `vpdf`: the SVG's vectors as a PDF. */
export type Format = 'png' | 'jpeg' | 'pdf' | 'vpdf' | 'svg';
export type Orientation = 'landscape' | 'portrait';

export type PresetId =
	| 'screen-1x'
	| 'screen-2x'
	| 'slide-1080'
	| 'a4-landscape-150'
	| 'a4-landscape-300'
	| 'a4-portrait-150'
	| 'a4-portrait-300'
	| 'a3-landscape-150'
	| 'a3-landscape-300'
	| 'a3-portrait-150'
	| 'a3-portrait-300'
	| 'custom';

export type Preset = { id: PresetId; label: string };
export const PRESETS: Preset[] = [
	{ id: 'screen-1x', label: 'Current screen (1×)' },
	{ id: 'screen-2x', label: 'Current screen (2×)' },
	{ id: 'slide-1080', label: 'Slide, 1920 × 1080' },
	{ id: 'a4-landscape-150', label: 'A4 landscape, 150 dpi' },
	{ id: 'a4-landscape-300', label: 'A4 landscape, 300 dpi' },
	{ id: 'a4-portrait-150', label: 'A4 portrait, 150 dpi' },
	{ id: 'a4-portrait-300', label: 'A4 portrait, 300 dpi' },
	{ id: 'a3-landscape-150', label: 'A3 landscape, 150 dpi' },
	{ id: 'a3-landscape-300', label: 'A3 landscape, 300 dpi' },
	{ id: 'a3-portrait-150', label: 'A3 portrait, 150 dpi' },
	{ id: 'a3-portrait-300', label: 'A3 portrait, 300 dpi' },
	{ id: 'custom', label: 'Custom size (pixels)' }
];

const PAPER_MM = { a4: [297, 210], a3: [420, 297] } as const;
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;

export type Target = {
	/** Output size in device pixels: the image has exactly these dimensions. */
	width: number;
	height: number;
	/**
	 * Device pixels per layout (CSS) pixel. Text and line widths are specified in CSS pixels, so this
	 * decides how big they look on the output: the layout is `width / pixelRatio` CSS pixels wide.
	 */
	pixelRatio: number;
	/** Paper presets only: the PDF page in points (1/72 in) and the dpi the image is placed at. */
	page?: { widthPt: number; heightPt: number; dpi: number };
};

/**
 * The layout's CSS width for print and slide sizes. 1280 CSS px across an A4 sheet makes 12 px text
 * about 8 pt: small but readable, like a printed map's annotation, and close to what the live map shows.
 */
export const LAYOUT_WIDTH = 1280;

export type Screen = { width: number; height: number };

export function targetFor(id: PresetId, screen: Screen, custom?: Screen): Target {
	if (id === 'screen-1x' || id === 'screen-2x') {
		// The screen presets reproduce the live map's CSS size: at 2× every CSS pixel becomes 2×2.
		const r = id === 'screen-2x' ? 2 : 1;
		const w = Math.round(screen.width);
		const h = Math.round(screen.height);
		return { width: w * r, height: h * r, pixelRatio: r };
	}
	if (id === 'slide-1080') return sized(1920, 1080);
	if (id === 'custom') {
		if (!custom) throw new Error('targetFor: a custom size needs width and height');
		return sized(Math.round(custom.width), Math.round(custom.height));
	}
	const [, paper, orientation, dpiText] = /^(a4|a3)-(landscape|portrait)-(\d+)$/.exec(id)!;
	const dpi = Number(dpiText);
	const [longMm, shortMm] = PAPER_MM[paper as 'a4' | 'a3'];
	const [wMm, hMm] = orientation === 'landscape' ? [longMm, shortMm] : [shortMm, longMm];
	const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
	const pt = (mm: number) => Math.round((mm / MM_PER_INCH) * PT_PER_INCH * 100) / 100;
	return { ...sized(px(wMm), px(hMm)), page: { widthPt: pt(wMm), heightPt: pt(hMm), dpi } };
}

/**
 * Landscape: the layout is LAYOUT_WIDTH CSS px wide. Portrait: sized on 3/4 of the height instead, so a
 * tall page gets slightly larger text than its narrow width alone would give. Never below 1×.
 */
function sized(width: number, height: number): Target {
	const base = width >= height ? width : Math.max(width, height * 0.75);
	return { width, height, pixelRatio: Math.max(1, base / LAYOUT_WIDTH) };
}

export function orientationOf(t: { width: number; height: number }): Orientation {
	return t.width >= t.height ? 'landscape' : 'portrait';
}

/** Limits for custom sizes: a canvas this large still fits a 2D context in Chromium and Firefox. */
export const MAX_SIDE = 16384;
export const MAX_AREA = 16384 * 16384;
/** Safari refuses canvases above 16.7 megapixels (stack-notes); we warn instead of failing late. */
export const SAFARI_MAX_AREA = 16_777_216;

export function validateSize(w: number, h: number): string | null {
	if (!Number.isFinite(w) || !Number.isFinite(h) || w < 200 || h < 200)
		return 'Width and height must be at least 200 pixels.';
	if (w > MAX_SIDE || h > MAX_SIDE) return `Width and height can be at most ${MAX_SIDE} pixels.`;
	if (w * h > MAX_AREA) return `At most ${MAX_AREA / 1e6} megapixels.`;
	return null;
}
