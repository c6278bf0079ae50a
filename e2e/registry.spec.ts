import { expect, test, waitForMap } from './fixtures';

/*
 * Runs against the fixture build (npm run build:fixture), where e2e/fixtures/registry/extra.ts
 * registers one more dataset with one entry and no other code. Everything a reader sees of a
 * dataset must then follow: layers panel, legend, features list, search, permalink, export legend.
 */
test.setTimeout(240_000);

test('a dataset registered by one entry appears in the layers panel, legend, features list, search, permalinks and the export legend', async ({
	page,
	watch
}) => {
	// The permalink parser knows the new layer name (an unknown one would reset every layer).
	await page.goto('/?l=regions,fixture&f=fixture-balkhash');
	await waitForMap(page);

	const toggle = page.getByTestId('toggle-fixture');
	await expect(toggle).toBeChecked();
	await expect(page.getByTestId('toggle-energy')).not.toBeChecked();
	// The compact panel labels it with its list name; the layer's full name is the label's title.
	await expect(page.locator('label', { has: toggle })).toHaveText('Registry fixtures');
	await expect(page.locator('label', { has: toggle })).toHaveAttribute('title', 'Registry fixture sites');
	await expect(page.getByTestId('legend')).toContainText('Registry fixture');
	await expect(page.getByTestId('legend')).toContainText('a registered fixture site');

	// The permalink's feature opened: its details, with the source its facts came with.
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Registry fixture site');

	// The features list groups it under its own heading.
	const list = page.getByTestId('feature-list');
	await list.locator('summary').click();
	const section = list.locator('section', { has: page.getByRole('heading', { name: /^Registry fixtures/ }) });
	await expect(section.getByRole('button', { name: /Registry fixture site/ })).toBeVisible();

	// Search finds it by name.
	await page.keyboard.press('Escape');
	const search = page.getByRole('combobox');
	await search.fill('Registry fixture');
	await expect(page.getByRole('option').first()).toContainText('Registry fixture site');
	await search.fill('');

	// The export legend has its section and the credits name the layer.
	await page.getByTestId('export-open').click();
	await expect(page.getByRole('dialog', { name: 'Export image' })).toBeVisible();
	await page.getByTestId('export-size').selectOption('slide-1080');
	await page.getByRole('radio', { name: 'PNG', exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	await download;
	const info = (await page.evaluate(
		() => (window as unknown as { __lastExport: { legendTitles: string[]; credits: string } }).__lastExport
	)) as { legendTitles: string[]; credits: string };
	expect(info.legendTitles).toContain('Registry fixture');
	expect(info.credits).toContain('registry fixture sites');
	expect(watch.errors).toEqual([]);
});

test('a second article folder is a route of its own: its text, its links and its permalinks, beside the home article', async ({
	page,
	watch
}) => {
	// A permalink into the second article: its paragraph 2 and a feature its links name.
	await page.goto('/kazakhstan-2022-excerpt?p=p2&f=unrest-zhanaozen');
	await waitForMap(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/^Registry fixture: the first two paragraphs/
	);
	await expect(page.locator('[data-passage]')).toHaveCount(2);
	await expect(page.locator('[data-passage="p2"]')).toHaveAttribute('aria-current', 'true');
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/Zhanaozen/);
	// Its own phrases link to the map, and choosing a passage keeps the article's path in the URL.
	await page.getByTestId('details').getByRole('button', { name: /close/i }).click();
	await page.locator('[data-passage="p1"] .locate').click();
	await expect(page).toHaveURL(/\/kazakhstan-2022-excerpt\?(.*&)?p=p1(&|$)/);

	// The home article is untouched at /.
	await page.goto('/');
	await waitForMap(page);
	await expect(page.locator('[data-passage]')).toHaveCount(14);
	expect(watch.errors).toEqual([]);
});
