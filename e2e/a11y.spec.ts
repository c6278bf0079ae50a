import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

// axe-core on the main views of the built site. Serious and critical violations fail the test; the
// message lists each rule with the elements it failed on, so a failure says what to fix.
async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

test('initial view: no serious or critical axe violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	expect(await seriousViolations(page)).toEqual([]);
});

test("a region's details open: no serious or critical axe violations", async ({ page }) => {
	await page.goto('/?f=KZ-SEV');
	await waitForMap(page);
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	expect(await seriousViolations(page)).toEqual([]);
});

test('layers panel and features list open: no serious or critical axe violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const toggle = page.getByRole('button', { name: 'Layers & legend' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByTestId('toggle-regions')).toBeVisible();
	await page.getByTestId('feature-list').locator('summary').click();
	await expect(page.getByTestId('feature-list').locator('[data-id="csto-almaty-airport"]')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('search listbox open: no serious or critical axe violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const search = page.getByRole('combobox');
	await search.fill('Ал');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('listbox')).toBeVisible();
	await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
	expect(await seriousViolations(page)).toEqual([]);
});

test("the map's state changes are announced to screen readers", async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const announcer = page.getByTestId('announcer');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await expect(announcer).toHaveText('');
	await page.getByTestId('locate-p3').click();
	await expect(announcer).toContainText('Map shows paragraph 3');
});
