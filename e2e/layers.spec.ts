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

test('data-ready is signalled only once the deck.gl layers are on the canvas (five loads)', async ({
	page
}) => {
	// Read the canvas in the very task that sets data-ready, before anything else can draw. A race
	// (deck.gl's device is created asynchronously) once let a third of loads signal ready too early:
	// five loads catch it with a chance of about 1 − (2/3)^5 ≈ 87 %.
	await page.addInitScript((lngLat) => {
		new MutationObserver((_, observer) => {
			const el = document.querySelector('[data-testid="map"][data-ready="true"]');
			if (!el) return;
			observer.disconnect();
			const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
			const canvas = map.getCanvas();
			const p = map.project(lngLat);
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const g = copy.getContext('2d')!;
			g.drawImage(canvas, 0, 0);
			const r = devicePixelRatio;
			(window as unknown as { __atReady: number[] }).__atReady = Array.from(
				g.getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data.slice(0, 3)
			);
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
	}, NORTH_KZ);
	for (let i = 0; i < 5; i++) {
		await page.goto('/');
		await waitForMap(page);
		const rgb = await page.evaluate(() => (window as unknown as { __atReady: number[] }).__atReady);
		expect(
			rgb[2]! - rgb[1]!,
			`load ${i + 1}: pixel ${rgb} at data-ready is the choropleth's purple`
		).toBeGreaterThan(40);
	}
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
