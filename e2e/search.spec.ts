import { expect, test, waitForMap, waitForMapSettled } from './fixtures';

/*
 * The search box in the built app: the lazily loaded index (MiniSearch, geodata/names.json) under
 * the CSP, former names, basemap places and what choosing them shows, the combobox keys, bad input.
 */

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	await page.goto('/');
	await waitForMap(page);
});

test.afterEach(async ({ page, watch }) => {
	expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a former name finds the place and says so: Uralsk → Oral, formerly Uralsk', async ({ page }) => {
	const box = page.getByRole('combobox');
	await box.fill('Uralsk');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('Oral');
	await expect(first).toContainText('formerly Uralsk');
	await expect(first).toContainText('West Kazakhstan Region');
	await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText(/\d+ match/);
	await page.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
	await page.keyboard.press('Enter');
	// Oral is both a protest of the article and a city on the basemap: one result, offering both.
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Oral (Uralsk)');
	await expect(details.getByTestId('place-around')).toContainText('Around Oral');
	await expect(details.getByTestId('place-region')).toContainText('West Kazakhstan Region');
});

test('a basemap place opens what the data has around it, and the map goes there', async ({ page }) => {
	const box = page.getByRole('combobox');
	await box.fill('Semipalatinsk');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('Semey');
	await expect(first).toContainText('formerly Semipalatinsk (until 2007)');
	await expect(first).toContainText('City on the basemap');
	await first.click();
	const details = page.getByTestId('place-details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Semey');
	await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(details.getByTestId('place-region')).toContainText('East Kazakhstan Region');
	await expect(details.getByTestId('place-former')).toContainText('Семипалатинск');
	await waitForMapSettled(page);
	const center = await page.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return map.getCenter();
	});
	expect(Math.abs(center.lng - 80.27)).toBeLessThan(1.5);
	expect(Math.abs(center.lat - 50.43)).toBeLessThan(1.5);
	// The region it lies in leads to that region's details; Escape on a place alone closes it.
	await details.getByTestId('place-region').getByRole('button').click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/East Kazakhstan/);
});

test('a city near mapped events lists them within 50 km, nearest first', async ({ page }) => {
	await page.getByRole('combobox').fill('Guryev');
	await page.keyboard.press('Enter');
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Atyrau');
	const near = details.getByTestId('place-near');
	await expect(near).toContainText('Atyrau refinery');
	await expect(near).not.toContainText('Tengiz oil field'); // ~150 km away
});

test('Kazakh and Russian script, transliterations and typos', async ({ page }) => {
	const box = page.getByRole('combobox');
	for (const [q, name] of [
		['Kostanai', 'Kostanay'],
		['Тенгиз', 'Tengiz oil field'],
		['Жаңаөзен', 'Zhanaozen'],
		['Tselinogard', 'Nur-Sultan']
	]) {
		await box.fill(q);
		await expect(page.getByRole('option').first(), q).toContainText(name);
	}
});

test('Escape closes the list, then clears the box; a place alone closes on Escape', async ({ page }) => {
	const box = page.getByRole('combobox');
	await box.fill('Tashkent');
	await expect(page.getByRole('listbox')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('listbox')).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await box.fill('Tashkent');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('place-details')).toContainText('Uzbekistan');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('place-details')).toHaveCount(0);
	await expect(box).toBeFocused();
	// A place, then a feature chosen elsewhere: closing the feature does not bring the place back.
	await box.fill('Tashkent');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('place-details')).toBeVisible();
	const list = page.getByTestId('feature-list');
	await list.locator('summary').click();
	await list.locator('[data-id="csto-almaty-airport"]').click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(
		'Almaty International Airport'
	);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('details')).toHaveCount(0);
	await expect(page.getByTestId('place-details')).toHaveCount(0);
});

test('bad input: no error, no result for noise, text shown as text', async ({ page }) => {
	const box = page.getByRole('combobox');
	await box.focus();
	await expect(page.getByTestId('search')).toHaveAttribute('data-ready', 'true');
	for (const q of ['   ', '🙂🇰🇿', 'مرحبا שלום', 'x'.repeat(5000)]) {
		await box.fill(q);
		await expect(page.getByRole('option')).toHaveCount(0);
	}
	await box.fill('<img src=x onerror=alert(1)><script>alert(1)</script>');
	await expect(page.locator('[data-testid="search"] img, [data-testid="search"] li script')).toHaveCount(0);
	await box.fill('Алма-Ata');
	await expect(page.getByRole('option').first()).toContainText('Almaty');
});

test('a chosen basemap place is in the permalink: reload restores it, back closes it', async ({ page }) => {
	const box = page.getByRole('combobox');
	await box.fill('Свердловск');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('Yekaterinburg');
	await expect(first).toContainText('formerly Свердловск (1924–1991)');
	await page.keyboard.press('Enter');
	const details = page.getByTestId('place-details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Yekaterinburg');
	await expect(page).toHaveURL(/[?&]place=city:1486209(&|$)/);
	await waitForMapSettled(page);

	// A reload (or the link sent on) opens the same place, under all its names, with its sources.
	await page.reload();
	await waitForMap(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Yekaterinburg');
	await expect(details.getByTestId('place-former')).toContainText('Sverdlovsk');
	await expect(page).toHaveURL(/[?&]place=city:1486209(&|$)/);

	// Back to before the place was chosen: its panel closes; forward opens it again.
	await page.goBack();
	await expect(details).toHaveCount(0);
	await expect(page).not.toHaveURL(/place=/);
	await page.goForward();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Yekaterinburg');
});

test('a link to a place alone shows it; a place that is not on the basemap is ignored', async ({ page }) => {
	// No camera in the link: the map goes to the place once search knows it.
	await page.goto('/?place=country:KGZ');
	await waitForMap(page);
	const details = page.getByTestId('place-details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kyrgyzstan');
	await expect(details.locator('p.names')).toContainText('Қырғызстан');
	await waitForMapSettled(page);
	const center = await page.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return map.getCenter();
	});
	expect(Math.abs(center.lng - 74.5)).toBeLessThan(4);
	expect(Math.abs(center.lat - 41.5)).toBeLessThan(3);
	// A damaged link: no panel, no error (afterEach), the rest of it still applies.
	await page.goto('/?place=city:1&p=p3');
	await waitForMap(page);
	await expect(page.locator('[data-passage="p3"]')).toHaveAttribute('aria-current', 'true');
	await expect(details).toHaveCount(0);
	await expect(page).not.toHaveURL(/place=/);
});
