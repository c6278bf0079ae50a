import { basemapColours } from '../src/lib/map/palette';
import { expect, hexToRgb, near, pixelAt, test, waitForMap, screenPointOf } from './fixtures';

// Inside North Kazakhstan region (Russians ≥ 45 % in the data), away from labels and points.
const NORTH_KZ: [number, number] = [70.9, 53.75];

test('the regions choropleth is drawn by deck.gl and the layer toggle removes it', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	const land = hexToRgb(basemapColours.land);
	const on = await pixelAt(page, NORTH_KZ);
	// The darkest class is deep purple: blue well above green, and far from the basemap's land colour under it.
	expect(on[2]! - on[1]!, `choropleth pixel ${on}`).toBeGreaterThan(40);
	expect(near(on, land, 40)).toBe(false);

	await page.getByTestId('toggle-regions').uncheck();
	await expect.poll(async () => near(await pixelAt(page, NORTH_KZ), land, 25)).toBe(true);
	// Only the visible layers are in the legend.
	await expect(page.getByTestId('legend')).not.toContainText('Russians, % of population');
	await expect(page.getByTestId('legend')).toContainText('CSTO contingents');
	expect(watch.errors).toEqual([]);
});

/** The page's window as the ready-race test sees it: the map, MapView's test-only gate, what it records. */
type W = Window & {
	__map: import('maplibre-gl').Map;
	__deckLayersGate?: () => Promise<void>;
	__releaseDeckLayers?: () => void;
	__atReady?: number[];
};

test('data-ready waits for the deck.gl layers even when their first frame comes after MapLibre is idle', async ({
	page
}) => {
	// The race this guards (fixed in 0fc2a91): deck.gl creates its device asynchronously, and ready
	// once fired on a MapLibre `idle` that followed a frame drawn before the layers existed, so the
	// reader was told "ready" over a map without the choropleth. It happened in a third of loads.
	// Here it is forced every time: MapView's test-only hook `__deckLayersGate` holds the overlay's
	// layers back until this test lets them go, after MapLibre has drawn and gone idle without them.
	await page.addInitScript((lngLat) => {
		const w = window as unknown as W;
		w.__deckLayersGate = () => new Promise<void>((resolve) => (w.__releaseDeckLayers = resolve));
		// The canvas as it is in the very task that sets data-ready, before anything else can draw.
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-testid="map"][data-ready="true"]')) return;
			observer.disconnect();
			const canvas = w.__map.getCanvas();
			const p = w.__map.project(lngLat);
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const g = copy.getContext('2d')!;
			g.drawImage(canvas, 0, 0);
			const r = canvas.width / canvas.clientWidth;
			w.__atReady = Array.from(
				g.getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data.slice(0, 3)
			);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
	}, NORTH_KZ);
	await page.goto('/');
	// deck.gl has its device and its layers are held; the page's data is in (the timeline shows it).
	await page.waitForFunction(() => typeof (window as unknown as W).__releaseDeckLayers === 'function');
	await expect(page.getByTestId('timeline')).toBeVisible();
	// MapLibre draws a frame and goes idle with deck.gl loaded but none of its layers drawn.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as W).__map;
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
	// Read once, not polled: the moment that counts is now, with the layers still held.
	expect(await page.getByTestId('map').getAttribute('data-ready'), 'ready before the layers are drawn').toBe(
		'false'
	);
	await page.evaluate(() => (window as unknown as W).__releaseDeckLayers!());
	await waitForMap(page);
	const rgb = await page.evaluate(() => (window as unknown as W).__atReady);
	expect(rgb, 'canvas read when data-ready was set').toBeDefined();
	expect(rgb![2]! - rgb![1]!, `pixel ${rgb} at data-ready is the choropleth's purple`).toBeGreaterThan(40);
});

test('hovering a region shows its tooltip and a pointer; leaving the map for the article hides the tooltip', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('[data-testid="map"] canvas').first();
	const p = await screenPointOf(page, NORTH_KZ);
	await page.mouse.move(p.x, p.y);
	await expect(page.getByTestId('tooltip')).toContainText('North Kazakhstan');
	// deck.gl writes the canvas's cursor each frame: it must stay the pointer while over a feature.
	await expect.poll(() => canvas.evaluate((c) => (c as HTMLElement).style.cursor)).toBe('pointer');
	const article = await page.locator('#p1').boundingBox();
	await page.mouse.move(article!.x + 20, article!.y + 10, { steps: 4 });
	await expect(page.getByTestId('tooltip')).toHaveCount(0);
	await expect.poll(() => canvas.evaluate((c) => (c as HTMLElement).style.cursor)).not.toBe('pointer');
	expect(watch.errors).toEqual([]);
});

test('clicking a region opens its details with names, figures and sources; Escape closes', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const p = await screenPointOf(page, NORTH_KZ);
	await page.mouse.move(p.x, p.y);
	await expect(page.getByTestId('tooltip')).toContainText('North Kazakhstan');
	await page.mouse.click(p.x, p.y);
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	await expect(details).toContainText('Солтүстік Қазақстан');
	await expect(details).toContainText('Area');
	await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
});

test('a geodata file that fails validation disables only its layer, with a message naming file, feature and rule', async ({
	page
}) => {
	await page.route('**/csto.*.geojson', async (route) => {
		const res = await route.fetch();
		const json = await res.json();
		json.features[0].geometry.coordinates = [77.1, 143.3]; // latitude out of range
		await route.fulfill({ response: res, json });
	});
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('toggle-csto')).toBeDisabled();
	await expect(page.getByRole('alert').filter({ hasText: 'csto.geojson' })).toContainText(
		/csto\.geojson › csto-[a-z0-9-]+ › coordinate-range/
	);
	await expect(page.getByTestId('toggle-energy')).toBeEnabled();
	await expect(page.getByTestId('legend')).toContainText('Energy assets');
});
