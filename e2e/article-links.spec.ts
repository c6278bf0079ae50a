import { expect, test, waitForMap, screenPointOf } from './fixtures';

const center = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		const c = map.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: map.getZoom(), moving: map.isMoving() };
	});

test('activating a passage moves the map to what it talks about and marks the passage', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	const before = await center(page);
	// Paragraph 7 is about South Ossetia, Syria and Crimea: the view moves west, to the Black Sea region.
	await page.getByTestId('locate-p7').click();
	await expect.poll(async () => (await center(page)).moving, { timeout: 30_000 }).toBe(false);
	const after = await center(page);
	expect(after.lng).toBeLessThan(before.lng - 15);
	await expect(page.locator('.passage.active #p7')).toHaveCount(1);
	expect(watch.errors).toEqual([]);
});

test('keyboard only: search → details → Escape, features list → details → back, passage → map', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	// The first Tab stop is the search box.
	await page.keyboard.press('Tab');
	const search = page.getByRole('combobox');
	await expect(search).toBeFocused();
	await page.keyboard.type('Алматы');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Almaty/);
	await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);

	// The features list opens the same details, and Escape returns focus to the entry.
	const list = page.getByTestId('feature-list');
	await list.locator('summary').focus();
	await page.keyboard.press('Enter');
	const entry = list.locator('[data-id="csto-almaty-airport"]');
	await entry.focus();
	await page.keyboard.press('Enter');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Almaty International Airport');
	await page.keyboard.press('Escape');
	await expect(entry).toBeFocused();

	await page.getByTestId('locate-p8').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.passage.active #p8')).toHaveCount(1);
	await expect(page.getByTestId('announcer')).toContainText('paragraph 8');
});

test("a region's details list the passages that mention it, and lead back to the text", async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('locate-p8').click();
	await expect.poll(async () => (await center(page)).moving, { timeout: 30_000 }).toBe(false);
	// Click inside North Kazakhstan region.
	const p = await screenPointOf(page, [70.9, 53.75]);
	await page.mouse.click(p.x, p.y);
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	const mention = details.getByTestId('mentions').getByRole('button', { name: /Paragraph 8/ });
	await expect(mention).toBeVisible();
	await page.getByTestId('locate-p1').click();
	await mention.click();
	await expect(page.locator('.passage.active #p8')).toHaveCount(1);
	await expect(page.locator('#p8')).toBeInViewport();
});

test('a linked phrase inside a passage takes the map to exactly what it names', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('story-toggle').uncheck();
	// "Crimea" in paragraph 7 is one context feature: the camera centres on it, zoomed in.
	await page.locator('#p7').getByRole('button', { name: 'Crimea', exact: true }).click();
	await expect.poll(async () => (await center(page)).moving, { timeout: 30_000 }).toBe(false);
	const c = await center(page);
	expect(Math.abs(c.lng - 34.1)).toBeLessThan(2);
	expect(Math.abs(c.lat - 45)).toBeLessThan(2);
	expect(c.zoom).toBeGreaterThan(5);
	await expect(page.locator('.passage.active #p7')).toHaveCount(1);
	await expect(page.getByTestId('announcer')).toContainText('Crimea');
});
