import {
	camera,
	expect,
	goto,
	pixelAt,
	screenPointOf,
	test,
	textOf,
	waitForMap,
	waitForMapSettled
} from './fixtures';
import { hexToRgb, near } from '../fixtures';
import { basemapColours } from '../../src/lib/map/palette';

// The main flows again in Firefox (Gecko, WebGL2 through Mesa's llvmpipe), so a Gecko-only break
// does not ship. Not every test: the Chromium suite covers the rest, and software WebGL is slow.
// Serial: if Firefox cannot bring the map up, the first test fails and the others are skipped.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

// Inside North Kazakhstan region: the choropleth's darkest class, deep purple (layers.spec.ts).
const NORTH_KZ: [number, number] = [70.9, 53.75];
const purple = (rgb: number[]) => rgb[2]! - rgb[1]! > 40;
const heading = (page: import('puppeteer-core').Page) => textOf(page, '[data-testid="details"] h2');

test('Firefox: ready under the CSP with zero violations, no foreign request, no page errors; a region click opens its details', async ({
	ff,
	baseURL,
	watch
}) => {
	await goto(ff, baseURL, '/');
	await waitForMap(ff);
	// deck.gl's choropleth is on the canvas, in its colour.
	expect(purple(await pixelAt(ff, NORTH_KZ)), `choropleth pixel ${await pixelAt(ff, NORTH_KZ)}`).toBe(true);
	const p = await screenPointOf(ff, NORTH_KZ);
	await ff.mouse.click(p.x, p.y);
	await expect.poll(() => heading(ff)).toMatch(/North Kazakhstan/);
	expect(await ff.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('Firefox: a passage button moves the map to what it talks about and puts it in the URL', async ({
	ff,
	baseURL,
	watch
}) => {
	await goto(ff, baseURL, '/');
	await waitForMap(ff);
	const before = await camera(ff);
	// Paragraph 7 is about South Ossetia, Syria and Crimea: the view moves west.
	await ff.click('[data-testid="locate-p7"]');
	await expect.poll(() => ff.evaluate(() => !!document.querySelector('.passage.active #p7'))).toBe(true);
	await waitForMapSettled(ff);
	expect((await camera(ff)).lng).toBeLessThan(before.lng - 15);
	await expect.poll(() => ff.evaluate(() => location.search)).toMatch(/[?&]p=p7/);
	expect(watch.errors).toEqual([]);
});

test('Firefox: a permalink restores the selection, the passage, the layers, the date and the camera', async ({
	ff,
	baseURL,
	watch
}) => {
	await goto(ff, baseURL, '/?v=68.5,48.2,4.5&l=regions,unrest&f=KZ-SEV&p=p8&d=2022-01-05');
	await waitForMap(ff);
	await expect.poll(() => heading(ff)).toMatch(/North Kazakhstan/);
	expect(await ff.evaluate(() => !!document.querySelector('.passage.active #p8'))).toBe(true);
	expect(await textOf(ff, '[data-testid="timeline"]')).toContain('Wed 5 Jan 2022');
	const toggles = await ff.evaluate(() =>
		['regions', 'csto'].map(
			(l) => document.querySelector<HTMLInputElement>(`[data-testid="toggle-${l}"]`)?.checked
		)
	);
	expect(toggles).toEqual([true, false]);
	await waitForMapSettled(ff);
	const c = await camera(ff);
	expect(Math.abs(c.lng - 68.5)).toBeLessThan(0.01);
	expect(Math.abs(c.lat - 48.2)).toBeLessThan(0.01);
	expect(Math.abs(c.zoom - 4.5)).toBeLessThan(0.01);
	expect(watch.errors).toEqual([]);
});

test('Firefox: a 1920 × 1080 PNG export holds the deck.gl layers where the map has them', async ({
	ff,
	baseURL,
	watch
}) => {
	await goto(ff, baseURL, '/');
	await waitForMap(ff);
	await ff.click('[data-testid="export-open"]');
	await ff.waitForSelector('[data-testid="export-size"]');
	await ff.select('[data-testid="export-size"]', 'slide-1080');
	await ff.click('input[type="radio"][value="png"]');
	await ff.click('[data-testid="export-go"]');
	await expect
		.poll(() => textOf(ff, '[data-testid="export-status"]'), { timeout: 150_000 })
		.toContain('1920 × 1080 px');
	// Decode the file the app handed to the download link, and read the pixels that matter: the
	// choropleth (deck.gl) at North Kazakhstan's projected position, and the sea (MapLibre's basemap).
	const probe = await ff.evaluate(
		async (lng, lat, seaLng, seaLat) => {
			const w = window as unknown as {
				__lastBlob: Blob | null;
				__lastExport: {
					width: number;
					height: number;
					pixelRatio: number;
					map: { x: number; y: number; w: number; h: number };
					camera: { center: [number, number]; zoom: number };
				};
			};
			const e = w.__lastExport;
			const blob = w.__lastBlob!;
			const bmp = await createImageBitmap(blob);
			const c = new OffscreenCanvas(bmp.width, bmp.height);
			const g = c.getContext('2d')!;
			g.drawImage(bmp, 0, 0);
			const merc = (x: number, y: number) => [
				(x + 180) / 360,
				(1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2
			];
			const at = (x: number, y: number) => {
				const world = 512 * 2 ** e.camera.zoom;
				const [px, py] = merc(x, y);
				const [cx, cy] = merc(...e.camera.center);
				const css = [(px! - cx!) * world + e.map.w / 2, (py! - cy!) * world + e.map.h / 2];
				const xy = [
					Math.round(e.map.x + css[0]! * e.pixelRatio),
					Math.round(e.map.y + css[1]! * e.pixelRatio)
				];
				return Array.from(g.getImageData(xy[0]!, xy[1]!, 1, 1).data.slice(0, 3));
			};
			return {
				type: blob.type,
				size: [bmp.width, bmp.height],
				region: at(lng, lat),
				sea: at(seaLng, seaLat)
			};
		},
		NORTH_KZ[0],
		NORTH_KZ[1],
		// Mid-Caspian, away from coasts and labels.
		51.0,
		42.0
	);
	expect(probe.type).toBe('image/png');
	expect(probe.size).toEqual([1920, 1080]);
	expect(purple(probe.region), `exported choropleth pixel ${probe.region}`).toBe(true);
	expect(near(probe.sea, hexToRgb(basemapColours.water), 10), `exported sea pixel ${probe.sea}`).toBe(true);
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.errors).toEqual([]);
});
