import { expect, test, waitForMap } from './fixtures';

const camera = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return {
			lng: map.getCenter().lng,
			lat: map.getCenter().lat,
			zoom: map.getZoom(),
			moving: map.isMoving()
		};
	});

test('a passage click puts the view and the passage in the URL; reloading restores them', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('story-toggle').uncheck();
	await page.getByTestId('locate-p7').click();
	await expect(page).toHaveURL(/[?&]p=p7/);
	await expect.poll(async () => (await camera(page)).moving, { timeout: 30_000 }).toBe(false);
	await expect(page).toHaveURL(/[?&]v=/);
	const url = page.url();
	const before = await camera(page);

	await page.goto(url);
	await waitForMap(page);
	await expect(page.locator('.passage.active #p7')).toHaveCount(1);
	const after = await camera(page);
	expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.01);
	expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.02);
});

test('a permalink restores the selected feature, the layers and the timeline date', async ({
	page,
	watch
}) => {
	await page.goto('/?l=regions,unrest&f=KZ-SEV&d=2022-01-05');
	await waitForMap(page);
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	await expect(page.getByTestId('toggle-regions')).toBeChecked();
	await expect(page.getByTestId('toggle-csto')).not.toBeChecked();
	await expect(page.getByTestId('timeline')).toContainText('Wed 5 Jan 2022');
	expect(watch.errors).toEqual([]);
});

test('the back button steps through selections', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('story-toggle').uncheck();
	await page.getByTestId('locate-p3').click();
	await expect(page).toHaveURL(/p=p3/);
	await page.getByTestId('locate-p12').click();
	await expect(page).toHaveURL(/p=p12/);
	await page.goBack();
	await expect(page).toHaveURL(/p=p3/);
	await expect(page.locator('.passage.active #p3')).toHaveCount(1);
});

const HOSTILE = [
	'?v=NaN,NaN,NaN',
	'?v=1e999,-1e999,99',
	'?v=66,48',
	'?l=__proto__&f=__proto__&p=constructor&d=2022-02-30',
	// Long enough to be absurd, short enough for the server's header limit (unit tests cover 100 kB).
	'?f=' + 'x'.repeat(4000),
	'?p=p0&d=2022-01-32&l=roads',
	'?%E0%A4%A=1&v=%E0%A4%A',
	'?__proto__[polluted]=1&constructor[prototype][polluted]=1'
];

for (const query of HOSTILE) {
	test(`a malformed permalink loads with defaults: ${query.slice(0, 48)}`, async ({ page, watch }) => {
		await page.goto('/' + query);
		await waitForMap(page);
		await expect(page.getByTestId('details')).toHaveCount(0);
		await expect(page.getByTestId('toggle-regions')).toBeChecked();
		expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
		// The default camera shows Kazakhstan.
		const c = await camera(page);
		expect(c.lng).toBeGreaterThan(55);
		expect(c.lng).toBeLessThan(80);
		expect(watch.errors).toEqual([]);
	});
}
