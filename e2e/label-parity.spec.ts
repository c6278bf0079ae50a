import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, waitForMap, waitForMapSettled } from './fixtures';

// Issue 17.3, "what you see is what you export": an image export names the places the screen names.
// The screen's names are the `.map-label` elements shown; the export's are the list its composition
// drew (window.__lastExport.labels). Where both show the same part of the map, unobstructed, the
// sets must be equal. SwiftShader is slow: every wait is generous and none is a fixed sleep.
test.setTimeout(240_000);

type Box = { left: number; top: number; right: number; bottom: number };
type LngLat = [number, number];
type Exported = {
	width: number;
	height: number;
	pixelRatio: number;
	map: { x: number; y: number; w: number; h: number };
	camera: { center: LngLat; zoom: number };
	labels: { text: string; box: Box }[];
	labelObstacles: Box[];
};

/** The names on screen, and the screen's frame and obstacles, as geographic corners (NW, SE). */
async function screenNames(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{
				names: { text: string; corners: [LngLat, LngLat] }[];
				frame: [LngLat, LngLat];
				obstacles: [LngLat, LngLat][];
			}>((resolve) =>
				// Two frames on: names are placed again a frame after a camera move or a panel's change.
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
						const canvas = map.getCanvas().getBoundingClientRect();
						const corners = (r: DOMRect | Box): [LngLat, LngLat] => {
							const a = map.unproject([r.left - canvas.left, r.top - canvas.top]);
							const b = map.unproject([r.right - canvas.left, r.bottom - canvas.top]);
							return [
								[a.lng, a.lat],
								[b.lng, b.lat]
							];
						};
						const shown = [...document.querySelectorAll<HTMLElement>('.map-label')].filter((e) => !e.hidden);
						// What MapLabels keeps names clear of: MapLibre's controls and the panels over the map.
						const over = [
							...document.querySelectorAll(
								'.maplibregl-ctrl-top-left > *, .maplibregl-ctrl-top-right > *, .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *, [data-map-overlay]'
							)
						]
							.map((e) => e.getBoundingClientRect())
							.filter((r) => r.width > 0 && r.height > 0);
						resolve({
							names: shown.map((e) => ({
								text: e.textContent ?? '',
								corners: corners(e.getBoundingClientRect())
							})),
							frame: corners(canvas),
							obstacles: over.map(corners)
						});
					})
				)
			)
	);
}

/** Web Mercator into the exported image's pixels, from the camera the export used. */
function inExport(e: Exported, [lng, lat]: LngLat): [number, number] {
	const merc = (x: number, y: number) => [
		(x + 180) / 360,
		(1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2
	];
	const world = 512 * 2 ** e.camera.zoom;
	const [px, py] = merc(lng, lat);
	const [cx, cy] = merc(...e.camera.center);
	return [
		e.map.x + ((px! - cx!) * world + e.map.w / 2) * e.pixelRatio,
		e.map.y + ((py! - cy!) * world + e.map.h / 2) * e.pixelRatio
	];
}
const boxIn = (e: Exported, [nw, se]: [LngLat, LngLat]): Box => {
	const [left, top] = inExport(e, nw);
	const [right, bottom] = inExport(e, se);
	return { left, top, right, bottom };
};
const grow = (b: Box, d: number): Box => ({
	left: b.left - d,
	top: b.top - d,
	right: b.right + d,
	bottom: b.bottom + d
});
const within = (b: Box, f: Box) =>
	b.left >= f.left && b.top >= f.top && b.right <= f.right && b.bottom <= f.bottom;
const touches = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Exports the current view as a 1920 × 1080 PNG through the dialog and compares names: every name on
 * screen whose box lands in the export's map frame clear of its decorations (date, north arrow,
 * scale bar) is in the export, and every exported name whose box lies in the screen's canvas clear of
 * its controls and panels is on screen. A band of a few pixels round each edge and obstacle, where
 * rounding decides, is left out of the comparison; nearly every name lies well clear of it.
 */
async function compareWithExport(page: Page) {
	const screen = await screenNames(page);
	await page.getByTestId('export-open').click();
	await page.getByTestId('export-size').selectOption('slide-1080');
	await page.getByRole('radio', { name: 'PNG', exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	const png = await readFile((await (await download).path())!);
	const e = (await page.evaluate(
		() => (window as unknown as { __lastExport: unknown }).__lastExport
	)) as Exported;
	expect(Array.isArray(e.labels), 'the export lists the names it drew').toBe(true);

	const frame = boxIn(e, screen.frame);
	// Image px per screen px, and the engine's 3 px gap in them plus 2 px for rounding.
	const k =
		(frame.right - frame.left) /
		(await page.evaluate(
			() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCanvas().clientWidth
		));
	const band = 3 * k + 2;
	const mapFrame: Box = {
		left: e.map.x,
		top: e.map.y,
		right: e.map.x + e.map.w * e.pixelRatio,
		bottom: e.map.y + e.map.h * e.pixelRatio
	};
	const screenObstacles = screen.obstacles.map((o) => boxIn(e, o));
	const clearOnScreen = (b: Box) =>
		within(grow(b, 2), frame) && !screenObstacles.some((o) => touches(grow(b, band), o));
	const clearInExport = (b: Box) =>
		within(grow(b, 2), mapFrame) && !e.labelObstacles.some((o) => touches(grow(b, band), o));

	const onScreen = screen.names.map((n) => ({ text: n.text, box: boxIn(e, n.corners) }));
	const exported = new Set(e.labels.map((l) => l.text));
	const shown = new Set(onScreen.map((l) => l.text));
	const screenSide = onScreen.filter((n) => clearInExport(n.box)).map((n) => n.text);
	const exportSide = e.labels.filter((l) => clearOnScreen(l.box)).map((l) => l.text);
	console.log(
		`names: ${onScreen.length} on screen, ${e.labels.length} in the export; compared ${screenSide.length} and ${exportSide.length}`
	);
	expect(screenSide.length, 'names compared').toBeGreaterThan(10);
	expect(
		screenSide.filter((t) => !exported.has(t)),
		'names on screen missing from the export'
	).toEqual([]);
	expect(
		exportSide.filter((t) => !shown.has(t)),
		'names in the export not on screen'
	).toEqual([]);

	// And drawn: the name's box in the PNG holds the label colour's dark ink (MapLibre draws none).
	const boxes = e.labels.slice(0, 6).map((l) => l.box);
	const ink = await page.evaluate(
		async ({ b64, boxes }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
			g.drawImage(bmp, 0, 0);
			return boxes.map((b) => {
				const d = g.getImageData(b.left, b.top, b.right - b.left, b.bottom - b.top).data;
				let dark = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 3 * 110) dark++;
				return dark / (d.length / 4);
			});
		},
		{ b64: png.toString('base64'), boxes }
	);
	for (const [i, share] of ink.entries())
		expect(share, `ink in "${e.labels[i]!.text}"'s box`).toBeGreaterThan(0.05);
	await page.keyboard.press('Escape');
}

test('an export of the default view names the places the screen names', async ({ page, watch }) => {
	await page.goto('/');
	await waitForMap(page);
	await compareWithExport(page);
	expect(watch.errors).toEqual([]);
});

test('an export of paragraph 8’s view names the places the screen names', async ({ page, watch }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('locate-p8').click();
	await waitForMapSettled(page);
	await compareWithExport(page);
	expect(watch.errors).toEqual([]);
});
