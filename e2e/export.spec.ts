import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, hexToRgb, near, test, waitForMap, waitForMapSettled } from './fixtures';
import { basemapColours } from '../src/lib/map/palette';

// The image export re-renders the map offscreen at the target size. SwiftShader is slow: a
// 3508 × 2480 export takes seconds, so every wait here is generous and none is a fixed sleep.
test.setTimeout(240_000);

type LastExport = {
	width: number;
	height: number;
	pixelRatio: number;
	map: { x: number; y: number; w: number; h: number };
	legend: { x: number; y: number; w: number; h: number } | null;
	camera: { center: [number, number]; zoom: number };
};

// Inside North Kazakhstan region (Russians ≥ 45 %: the darkest choropleth class), as in layers.spec.ts.
const NORTH_KZ: [number, number] = [70.9, 53.75];

async function openDialog(page: Page) {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('export-open').click();
	await expect(page.getByRole('dialog', { name: 'Export image' })).toBeVisible();
}

async function exportAs(page: Page, size: string, format: 'PNG' | 'JPEG' | 'PDF'): Promise<Download> {
	await page.getByTestId('export-size').selectOption(size);
	await page.getByRole('radio', { name: format, exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	return download;
}

const bytesOf = async (d: Download) => readFile((await d.path())!);

/** Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(b: Buffer) {
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Web Mercator projection into the exported image, from the camera the export used. */
function projectInExport(e: LastExport, [lng, lat]: [number, number]): [number, number] {
	const merc = ([x, y]: [number, number]) => [
		(x + 180) / 360,
		(1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2
	];
	const world = 512 * 2 ** e.camera.zoom;
	const [px, py] = merc([lng, lat]);
	const [cx, cy] = merc(e.camera.center);
	const css = [(px! - cx!) * world + e.map.w / 2, (py! - cy!) * world + e.map.h / 2];
	return [Math.round(e.map.x + css[0]! * e.pixelRatio), Math.round(e.map.y + css[1]! * e.pixelRatio)];
}

test('a 1920 × 1080 PNG shows the deck.gl layers where the map has them, with a legend and no side effects', async ({
	page,
	watch
}) => {
	await openDialog(page);
	const liveBefore = await page.evaluate(() => {
		const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return { center: m.getCenter().toArray(), zoom: m.getZoom() };
	});
	const download = await exportAs(page, 'slide-1080', 'PNG');
	expect(download.suggestedFilename()).toBe('putins-kazakh-gambit-tightens-his-grip-on-ex-soviet-space.png');
	const png = await bytesOf(download);
	expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
	await expect(page.getByTestId('export-status')).toContainText('1920 × 1080 px');

	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as LastExport;
	const at = projectInExport(info, NORTH_KZ);
	const legend = info.legend!;
	// Decode the downloaded file itself in the page, and read the pixels that matter.
	const probe = await page.evaluate(
		async ({ b64, at, legend }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const c = new OffscreenCanvas(bmp.width, bmp.height);
			const g = c.getContext('2d')!;
			g.drawImage(bmp, 0, 0);
			const pixel = Array.from(g.getImageData(at[0], at[1], 1, 1).data.slice(0, 3));
			const box = g.getImageData(legend.x, legend.y, legend.w, legend.h).data;
			let ink = 0;
			for (let i = 0; i < box.length; i += 4) if (box[i]! + box[i + 1]! + box[i + 2]! < 600) ink++;
			return { pixel, inkShare: ink / (legend.w * legend.h) };
		},
		{ b64: png.toString('base64'), at, legend }
	);
	// The darkest class is deep purple (as on the live map, layers.spec.ts): blue well above green.
	expect(
		probe.pixel[2]! - probe.pixel[1]!,
		`exported choropleth pixel ${probe.pixel} at ${at}`
	).toBeGreaterThan(40);
	// Swatches, symbols and text: a good share of the legend box is not paper white.
	expect(probe.inkShare).toBeGreaterThan(0.03);

	// The live map is untouched and the offscreen map is gone.
	const liveAfter = await page.evaluate(() => {
		const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return { center: m.getCenter().toArray(), zoom: m.getZoom() };
	});
	expect(liveAfter).toEqual(liveBefore);
	await expect(page.locator('.maplibregl-map')).toHaveCount(1);
	expect(watch.errors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('A4 at 300 dpi landscape is exactly 3508 × 2480 px', async ({ page }) => {
	await openDialog(page);
	await page.getByTestId('export-size').selectOption('a4-landscape-300');
	await expect(page.getByTestId('export-dimensions')).toContainText('3508 × 2480 px');
	const png = await bytesOf(await exportAs(page, 'a4-landscape-300', 'PNG'));
	expect(pngSize(png)).toEqual({ width: 3508, height: 2480 });
});

test('a PDF has the chosen page size: A4 landscape is 841.89 × 595.28 pt', async ({ page, watch }) => {
	await openDialog(page);
	const download = await exportAs(page, 'a4-landscape-150', 'PDF');
	expect(download.suggestedFilename()).toMatch(/\.pdf$/);
	const pdf = (await bytesOf(download)).toString('latin1');
	expect(pdf.startsWith('%PDF-')).toBe(true);
	const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
	expect(box, 'a /MediaBox in the PDF').not.toBeNull();
	expect(Number(box![1])).toBeCloseTo(841.89, 1);
	expect(Number(box![2])).toBeCloseTo(595.28, 1);
	// One embedded JPEG image at 150 dpi: 1754 × 1240 px.
	expect(pdf).toMatch(/\/Width 1754\b/);
	expect(pdf).toMatch(/\/Height 1240\b/);
	expect(watch.errors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('the dialog: cancel stops a running export, Escape closes and focus returns to the button', async ({
	page
}) => {
	await openDialog(page);
	await page.getByTestId('export-size').selectOption('a3-landscape-300');
	await page.getByTestId('export-go').click();
	await page.getByTestId('export-cancel').click();
	await expect(page.getByTestId('export-status')).toHaveText('Export cancelled.');
	await expect(page.locator('.maplibregl-map')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByTestId('export-open')).toBeFocused();
});

test('Copy image puts the PNG on the clipboard; the visible data downloads as CSV, one row per feature', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openDialog(page);
	await page.getByTestId('export-size').selectOption('screen-1x');
	await page.getByRole('button', { name: 'Copy image' }).click();
	await expect(page.getByTestId('export-status')).toHaveText('Image copied to the clipboard.', {
		timeout: 120_000
	});
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const bmp = await createImageBitmap(await item!.getType('image/png'));
		return { width: bmp.width, height: bmp.height };
	});
	const screen = await page.getByTestId('map').boundingBox();
	expect(copied).toEqual({ width: Math.round(screen!.width), height: Math.round(screen!.height) });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Data: CSV' }).click();
	const csv = (await bytesOf(await download)).toString('utf8').split('\r\n');
	expect(csv[0]).toMatch(/^id,name,kind,layer,lon,lat,sources,/);
	const status = await page.getByTestId('export-status').textContent();
	const features = Number(/Saved (\d+) features/.exec(status ?? '')?.[1]);
	expect(features).toBeGreaterThan(20);
	expect(csv.length - 2).toBe(features); // header and the final CRLF
	// Every point row has coordinates; figures come with their source URL.
	expect(csv.find((r) => r.startsWith('unrest-zhanaozen,'))).toMatch(
		/,protest,unrest,5\d\.\d+,4\d\.\d+,https:\/\//
	);
});

test('an export frames what the reader sees, not the part of the map under the legend panel', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	// Paragraph 3 fits Moscow to Almaty beside the open legend panel; the canvas under the panel shows Europe.
	await page.getByTestId('locate-p3').click();
	await waitForMapSettled(page);
	await page.getByTestId('export-open').click();
	await exportAs(page, 'a4-portrait-150', 'PNG');
	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as LastExport;
	const inside = ([x, y]: [number, number]) =>
		x >= info.map.x &&
		x <= info.map.x + info.map.w * info.pixelRatio &&
		y >= info.map.y &&
		y <= info.map.y + info.map.h * info.pixelRatio;
	// Almaty (the airlift's destination) and Moscow's Chkalovsky airfield (its origin), from csto.geojson.
	expect(inside(projectInExport(info, [77.04472, 43.35528])), 'Almaty in the exported map').toBe(true);
	expect(inside(projectInExport(info, [38.06167, 55.87833])), 'Chkalovsky in the exported map').toBe(true);
});

/** Pixels of the downloaded PNG at `points`, decoded in the page. */
async function pixelsAt(page: Page, png: Buffer, points: [number, number][]) {
	return page.evaluate(
		async ({ b64, points }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
			g.drawImage(bmp, 0, 0);
			return points.map(([x, y]) => Array.from(g.getImageData(x, y, 1, 1).data.slice(0, 3)));
		},
		{ b64: png.toString('base64'), points }
	);
}

test('a 1920 × 1080 export of the default view has no blank paper in its map frame', async ({ page }) => {
	// The regional detail stops at 22° E and 106° E; a slide of the default view is wider than that,
	// and past those edges it once showed white paper: 8.6 % of the map frame's middle band.
	await openDialog(page);
	const png = await bytesOf(await exportAs(page, 'slide-1080', 'PNG'));
	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as LastExport;
	// The middle band: rows 40–60 % of the map frame, clear of the date badge, north arrow and scale
	// bar; 2 px in from the frame's hairline. Counted in the page: the image is 8 MB of pixels.
	const h = info.map.h * info.pixelRatio;
	const band = {
		x: info.map.x + 2,
		y: Math.round(info.map.y + 0.4 * h),
		w: Math.round(info.map.w * info.pixelRatio) - 4,
		h: Math.round(0.2 * h)
	};
	const { white, blank, blankColumns } = await page.evaluate(
		async ({ b64, band, paper }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
			g.drawImage(bmp, 0, 0);
			const { w, h } = band;
			const d = g.getImageData(band.x, band.y, w, h).data;
			// Paper-white pixels, and their integral image for counting them in any window.
			const sum = new Uint32Array((w + 1) * (h + 1));
			let white = 0;
			for (let y = 0; y < h; y++)
				for (let x = 0; x < w; x++) {
					const i = (y * w + x) * 4;
					const p = [0, 1, 2].every((c) => Math.abs(d[i + c]! - paper[c]!) <= 2) ? 1 : 0;
					white += p;
					sum[(y + 1) * (w + 1) + x + 1] =
						p + sum[y * (w + 1) + x + 1]! + sum[(y + 1) * (w + 1) + x]! - sum[y * (w + 1) + x]!;
				}
			const count = (x0: number, y0: number, x1: number, y1: number) =>
				sum[y1 * (w + 1) + x1]! - sum[y0 * (w + 1) + x1]! - sum[y1 * (w + 1) + x0]! + sum[y0 * (w + 1) + x0]!;
			// Blank paper: a pixel whose 7 × 7 neighbourhood is all paper. White lines and halos on the map
			// (region borders, markers' rims, place names' halos) are thinner than that.
			const R = 3;
			let blank = 0;
			for (let y = R; y < h - R; y++)
				for (let x = R; x < w - R; x++) if (count(x - R, y - R, x + R + 1, y + R + 1) === 49) blank++;
			let blankColumns = 0;
			for (let x = 0; x < w; x++) if (count(x, 0, x + 1, h) === h) blankColumns++;
			return { white: white / (w * h), blank: blank / ((w - 2 * R) * (h - 2 * R)), blankColumns };
		},
		{ b64: png.toString('base64'), band, paper: hexToRgb(basemapColours.outside) }
	);
	console.log(
		`map frame's middle band: ${(100 * blank).toFixed(2)} % blank paper, ${(100 * white).toFixed(2)} % paper-white pixels (with lines and halos)`
	);
	expect(blank, 'share of the middle band that is blank paper').toBeLessThan(0.001);
	expect(blankColumns, 'columns of the band that are all paper').toBe(0);
});

test('past the regional detail an export shows the world: land and sea, not paper', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	// A view from Central Europe to the Caspian (as paragraph 3's was beside the old, taller legend):
	// its 1920 × 1080 slide reaches past the detail's west edge (22° E), where the image once showed
	// paper over Hungary.
	await page.goto('/?v=35,48,3.5');
	await waitForMap(page);
	await waitForMapSettled(page);
	await page.getByTestId('export-open').click();
	const png = await bytesOf(await exportAs(page, 'slide-1080', 'PNG'));
	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as LastExport;
	const hungary = projectInExport(info, [20, 47]);
	const blackSea = projectInExport(info, [34, 43.5]);
	expect(hungary[0], `20° E at ${hungary} inside the exported map from x ${info.map.x}`).toBeGreaterThan(
		info.map.x + 2
	);
	const [land, sea] = await pixelsAt(page, png, [hungary, blackSea]);
	expect(near(land!, hexToRgb(basemapColours.land)), `Hungary's pixel: ${land}`).toBe(true);
	expect(near(sea!, hexToRgb(basemapColours.water)), `Black Sea pixel: ${sea}`).toBe(true);
});

type LastPreview = {
	width: number;
	height: number;
	map: { x: number; y: number; w: number; h: number };
	legend: { x: number; y: number; w: number; h: number } | null;
};

test('the preview shows the export’s frame, legend and credits, and follows a change of size and options', async ({
	page,
	watch
}) => {
	await openDialog(page);
	const preview = page.getByTestId('export-preview');
	let drawn = 0;
	/** The next drawing of the preview, after `change`: its layout and how much ink its parts hold. */
	const next = async (change: () => Promise<unknown>) => {
		await change();
		await expect(preview).not.toHaveAttribute('data-drawn', String(drawn));
		drawn = Number(await preview.getAttribute('data-drawn'));
		return page.evaluate(() => {
			const p = (window as unknown as { __lastPreview: LastPreview }).__lastPreview;
			const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="export-preview"]')!;
			const k = canvas.width / p.width;
			const g = canvas.getContext('2d')!;
			/** Share of the rectangle's pixels that are not white paper: text, symbols, the map. */
			const ink = (r: { x: number; y: number; w: number; h: number }) => {
				const d = g.getImageData(r.x * k, r.y * k, Math.max(1, r.w * k), Math.max(1, r.h * k)).data;
				let paper = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i]! > 250 && d[i + 1]! > 250 && d[i + 2]! > 250) paper++;
				return 1 - paper / (d.length / 4);
			};
			const below = { x: 0, y: p.map.y + p.map.h + 2, w: p.width, h: p.height - p.map.y - p.map.h - 2 };
			return {
				...p,
				aspect: canvas.width / canvas.height,
				mapInk: ink(p.map),
				legendInk: p.legend ? ink(p.legend) : null,
				titleInk: ink({ x: 0, y: 0, w: p.width, h: p.map.y }),
				belowInk: ink(below)
			};
		});
	};
	const first = await next(async () => {});
	// 1920 × 1080, landscape: the legend is a column right of the map, the title above, credits below.
	expect(first.aspect).toBeCloseTo(1920 / 1080, 1);
	expect(first.legend!.x).toBeGreaterThan(first.map.x + first.map.w);
	expect(first.legendInk!, 'legend text and symbols').toBeGreaterThan(0.08);
	expect(first.titleInk, 'title').toBeGreaterThan(0.04);
	expect(first.belowInk, 'credits').toBeGreaterThan(0.08);
	// The map frame holds the map (the screen's), not paper.
	expect(first.mapInk, 'the map frame holds no paper').toBeGreaterThan(0.99);

	// The preview's frame is the export's: the same map box and legend, in proportion.
	await exportAs(page, 'slide-1080', 'PNG').then((d) => d.path());
	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as LastExport & { legend: { x: number; y: number; w: number; h: number } };
	const k = first.width / info.width;
	for (const [what, a, b] of [
		['map x', first.map.x, info.map.x * k],
		['map y', first.map.y, info.map.y * k],
		['map w', first.map.w, info.map.w * info.pixelRatio * k],
		['map h', first.map.h, info.map.h * info.pixelRatio * k],
		['legend x', first.legend!.x, info.legend.x * k],
		['legend h', first.legend!.h, info.legend.h * k]
	] as const)
		expect(Math.abs(a - b), `${what}: preview ${a}, export ${b.toFixed(1)}`).toBeLessThanOrEqual(2);

	// A4 portrait: the preview turns tall and the legend moves under the map.
	const portrait = await next(() => page.getByTestId('export-size').selectOption('a4-portrait-150'));
	expect(portrait.aspect).toBeCloseTo(1240 / 1754, 1);
	expect(portrait.legend!.y).toBeGreaterThan(portrait.map.y + portrait.map.h);
	expect(portrait.legendInk!, 'legend text and symbols').toBeGreaterThan(0.08);
	// Legend off: gone from the preview, and the map takes its room.
	const noLegend = await next(() => page.getByRole('checkbox', { name: 'Legend' }).uncheck());
	expect(noLegend.legend).toBeNull();
	expect(noLegend.map.h).toBeGreaterThan(portrait.map.h + 20);
	expect(watch.errors).toEqual([]);
});
