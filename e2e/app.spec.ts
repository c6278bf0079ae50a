import { basemapColours } from '../src/lib/map/palette';
import { CAMERA_BOUNDS } from '../src/lib/map/style';
import { expect, hexToRgb, namesUnder, near, pixelAt, test, waitForMap, waitForMapSettled } from './fixtures';

test('the built site shows the map of Kazakhstan offline, with no errors', async ({ page, watch }) => {
	await page.goto('/');
	await waitForMap(page);
	// The basemap itself, under the thematic layers: the regions choropleth covers Kazakhstan.
	await page.getByTestId('toggle-regions').uncheck();

	// Kazakhstan is land like its neighbours (its border, not a fill, sets it apart).
	// 66°E 48°N is the Betpak-Dala steppe: no lake, city or label there at the default view.
	// Polled: the toggle takes effect on the next frame.
	await expect
		.poll(async () => near(await pixelAt(page, [66, 48]), hexToRgb(basemapColours.land)), {
			message: 'Kazakhstan pixel has the basemap land colour once the choropleth is off'
		})
		.toBe(true);
	const russia = await pixelAt(page, [58, 55.6]);
	expect(near(russia, hexToRgb(basemapColours.land)), `Russia pixel ${russia}`).toBe(true);
	// The Caspian Sea is water: the map's container shows through the canvas there.
	const caspian = await pixelAt(page, [50.5, 42.5]);
	expect(near(caspian, hexToRgb(basemapColours.water)), `Caspian pixel ${caspian}`).toBe(true);

	expect(watch.errors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('dragging and zooming out never take the view past the camera bounds', async ({ page }) => {
	// Past CAMERA_BOUNDS the basemap is the coarse, unlabelled world, there for the edges of wide
	// exports, not for exploring: the map's maxBounds stops the camera there.
	await page.goto('/');
	await waitForMap(page);
	const map = (await page.getByTestId('map').boundingBox())!;
	const view = () =>
		page.evaluate(() => {
			const b = (window as unknown as { __map: import('maplibre-gl').Map }).__map.getBounds();
			return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
		});
	const [[w, s], [e, n]] = CAMERA_BOUNDS;
	const slack = 0.01;
	// Zoomed all the way out with the wheel, then dragged hard towards each corner. Every drag starts
	// and ends on open map, right of the legend and above the timeline: a button released over a
	// panel would leave MapLibre's drag unfinished.
	await page.mouse.move(map.x + 0.6 * map.width, map.y + 0.5 * map.height);
	for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 600);
	await waitForMapSettled(page);
	const at = (fx: number, fy: number) => ({ x: map.x + fx * map.width, y: map.y + fy * map.height });
	for (const [from, to, towards] of [
		[at(0.9, 0.2), at(0.4, 0.8), 'north-east'],
		[at(0.4, 0.8), at(0.9, 0.2), 'south-west'],
		[at(0.4, 0.2), at(0.9, 0.8), 'north-west'],
		[at(0.9, 0.8), at(0.4, 0.2), 'south-east']
	] as const) {
		for (let i = 0; i < 2; i++) {
			await page.mouse.move(from.x, from.y);
			await page.mouse.down();
			await page.mouse.move(to.x, to.y, { steps: 8 });
			await page.mouse.up();
			await waitForMapSettled(page);
		}
		const v = await view();
		const where = `view ${JSON.stringify(v)} after dragging towards the ${towards}`;
		expect(v.west, where).toBeGreaterThanOrEqual(w - slack);
		expect(v.south, where).toBeGreaterThanOrEqual(s - slack);
		expect(v.east, where).toBeLessThanOrEqual(e + slack);
		expect(v.north, where).toBeLessThanOrEqual(n + slack);
		// And the drags did move the camera, up to the extent's edges in the direction dragged.
		const reached = {
			north: v.north > n - 0.5,
			south: v.south < s + 0.5,
			east: v.east > e - 0.5,
			west: v.west < w + 0.5
		};
		for (const side of towards.split('-') as (keyof typeof reached)[])
			expect(reached[side], `${where}: stopped at the ${side} edge`).toBe(true);
	}
});

test('on a phone the initial view shows all of Kazakhstan', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await waitForMap(page);
	// Kazakhstan spans 46.5–87.3°E, 40.6–55.4°N. The collapsed "Layers & legend" button once counted
	// as a full-height left panel, and the camera's padding pushed the east (Almaty, Semey) off screen.
	const view = await page.evaluate(() => {
		const b = (window as unknown as { __map: import('maplibre-gl').Map }).__map.getBounds();
		return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
	});
	expect(view[0], `west edge of the view in ${view}`).toBeLessThanOrEqual(46.5);
	expect(view[2], `east edge of the view in ${view}`).toBeGreaterThanOrEqual(87.3);
	expect(view[1]).toBeLessThanOrEqual(40.6);
	expect(view[3]).toBeGreaterThanOrEqual(55.4);
});

test('on a phone the details sheet starts where the map ends and covers the timeline whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?f=KZ-AKM');
	await waitForMap(page);
	const details = page.locator('.details-slot');
	await expect(details).toBeVisible();
	const [sheet, map, timeline] = await Promise.all(
		[details, page.getByTestId('map'), page.locator('section.timebar')].map((l) => l.boundingBox())
	);
	// Before, the sheet's top edge ran through the timeline: half its buttons showed above the sheet.
	expect(Math.abs(sheet!.y - (map!.y + map!.height))).toBeLessThanOrEqual(1);
	expect(timeline!.y).toBeGreaterThanOrEqual(sheet!.y - 1);
});

test('on a phone no place name hides behind the zoom buttons', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await waitForMap(page);
	// Two views where, before, "RUSSIA" and "Pavlodar" were placed under the buttons, cut in half.
	for (const [lng, lat, zoom] of [
		[75, 52, 3],
		[72, 47, 4]
	]) {
		await page.evaluate(
			([lng, lat, zoom]) => {
				const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
				m.jumpTo({ center: [lng!, lat!], zoom: zoom! });
			},
			[lng, lat, zoom]
		);
		const { under } = await namesUnder(page, '.maplibregl-ctrl-top-right > *');
		expect(under, `names under the buttons at ${lng}, ${lat}, z${zoom}`).toEqual([]);
		// The view still has names: the check is not passing because nothing is shown.
		expect(await page.locator('.map-label:not([hidden])').count()).toBeGreaterThan(3);
	}
});

test('no place name is placed under a panel or a map control, and names come back when a panel closes', async ({
	page
}) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	// Akmola selected: the details panel opens over the map's right half once the data is in, after
	// the names were first placed, so they must be placed again around it.
	await page.goto('/?f=KZ-AKM');
	await waitForMap(page);
	await expect(page.getByTestId('details')).toBeVisible();
	const namesUnderPanels = () =>
		namesUnder(
			page,
			'[data-map-overlay], .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *'
		);
	// Before, "Petropavl" sat under the legend and "KAZAKHSTAN" under the timeline, half hidden.
	const withDetails = await namesUnderPanels();
	expect(
		withDetails.under,
		'names under the legend, the details, the timeline, the scale or the attribution'
	).toEqual([]);
	expect(withDetails.shown).toBeGreaterThan(3);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('details')).toHaveCount(0);
	const closed = await namesUnderPanels();
	expect(closed.under).toEqual([]);
	// The room the details took is the map's again: more names fit.
	expect(closed.shown).toBeGreaterThan(withDetails.shown);
});

test('the article is there before and without the map', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Putin's Kazakh Gambit/);
	await expect(page.locator('#p1')).toHaveText(/^Holiday seasons are often haunted/);
	await expect(page.locator('#p14')).toHaveText(/will not be reversed for years to come\.$/);
});

test('without WebGL the article stays and a message says why the map is missing', async ({ browser }) => {
	const context = await browser.newContext();
	// Make every WebGL context request fail, as on a machine with WebGL disabled.
	await context.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return original.call(this, type as '2d', ...(rest as []));
		} as typeof original;
	});
	const page = await context.newPage();
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => pageErrors.push(e.message));
	await page.goto('/');
	await expect(page.getByTestId('map-error')).toContainText('WebGL');
	await expect(page.locator('#p3')).toContainText('Collective Security Treaty Organization');
	// The features list is the route to every feature that does not need the canvas: it still opens details.
	const list = page.getByTestId('feature-list');
	await list.locator('summary').click();
	await list.locator('[data-id="csto-almaty-airport"]').click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(
		'Almaty International Airport'
	);
	expect(pageErrors).toEqual([]);
	await context.close();
});

test('an unknown path gets the app\'s own "not found" page (404.html for static hosts)', async ({ page }) => {
	await page.goto('/404.html');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Back to the map' })).toBeVisible();
});
