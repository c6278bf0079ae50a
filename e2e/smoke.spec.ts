import { expect, test } from './fixtures';

// The smoke stage: every other project depends on it (playwright.config.ts), so a map that never
// gets ready fails the run once, in about a minute, instead of costing each test its 90 s wait.
test('smoke: the built site loads and the map gets ready', async ({ page, watch }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// A cold load in software WebGL is ready in 2–5 s here; 60 s is a map that will not come.
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	expect(watch.errors).toEqual([]);
});
