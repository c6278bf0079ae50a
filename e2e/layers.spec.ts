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
	const kzFill = hexToRgb(basemapColours.kazakhstan);
	const on = await pixelAt(page, NORTH_KZ);
	// The darkest class is deep purple: blue well above green, and far from the basemap's cream.
	expect(on[2]! - on[1]!, `choropleth pixel ${on}`).toBeGreaterThan(40);
	expect(near(on, kzFill, 40)).toBe(false);

	await page.getByTestId('toggle-regions').uncheck();
	await expect.poll(async () => near(await pixelAt(page, NORTH_KZ), kzFill, 25)).toBe(true);
	// Only the visible layers are in the legend.
	await expect(page.getByTestId('legend')).not.toContainText('Russians, % of population');
	await expect(page.getByTestId('legend')).toContainText('CSTO contingents');
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
