import { disableWebGL, expect, test } from './fixtures';

// Without WebGL there is no map, but the README promises the article, search, the features list,
// details and "Mentioned in" still work, and so must permalinks: the URL is the way to share them.
test.beforeEach(async ({ page }) => {
	await disableWebGL(page);
});

test('without WebGL a permalink opens the details, activates the passage and sets the date', async ({
	page,
	watch
}) => {
	await page.goto('/?v=68.5,48.2,4.5&f=KZ-SEV&p=p8&d=2022-01-06');
	await expect(page.getByTestId('map-error')).toContainText('WebGL');
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	await expect(page.locator('.passage.active #p8')).toHaveCount(1);
	await expect(page.getByTestId('timeline')).toContainText('Thu 6 Jan 2022');
	// The link is kept as it came: nothing the map would have added or dropped.
	await expect(page).toHaveURL(/[?&]f=KZ-SEV/);
	await expect(page).toHaveURL(/[?&]p=p8/);
	await expect(page).toHaveURL(/[?&]v=68\.5,48\.2,4\.5/);
	expect(watch.errors).toEqual([]);
});

test('without WebGL selections and passages reach the URL, and the back button steps through them', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await expect(page.getByTestId('map-error')).toContainText('WebGL');
	const details = page.getByTestId('details');

	// Search → details → URL.
	await page.getByRole('combobox').fill('Алматы');
	await page.getByRole('combobox').press('ArrowDown');
	await page.getByRole('combobox').press('Enter');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Almaty/);
	await expect(page).toHaveURL(/[?&]f=/);

	// Features list → details → URL.
	const list = page.getByTestId('feature-list');
	await list.locator('summary').click();
	await list.locator('[data-id="csto-almaty-airport"]').click();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Almaty International Airport');
	await expect(page).toHaveURL(/[?&]f=csto-almaty-airport/);

	// A passage button → URL.
	await page.getByTestId('locate-p3').click();
	await expect(page.locator('.passage.active #p3')).toHaveCount(1);
	await expect(page).toHaveURL(/[?&]p=p3/);

	// "Mentioned in" leads back to the text, and that reaches the URL too.
	await list.locator('[data-id="KZ-SEV"]').click();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	await details
		.getByTestId('mentions')
		.getByRole('button', { name: /Paragraph 8/ })
		.click();
	await expect(page.locator('.passage.active #p8')).toHaveCount(1);
	await expect(page.locator('#p8')).toBeInViewport();
	await expect(page).toHaveURL(/[?&]p=p8/);

	// Back: the selection before the passage.
	await page.goBack();
	await expect(page).toHaveURL(/[?&]f=KZ-SEV/);
	await expect(page).not.toHaveURL(/[?&]p=p8/);
	await expect(page.locator('.passage.active #p8')).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});
