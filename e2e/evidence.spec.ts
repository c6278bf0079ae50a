import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, waitForMap } from './fixtures';

/*
 * The evidence a reader publishes from: figures with their basis and publisher, no copy or spam host
 * anywhere a reader sees, the article's claims checked beside their passages, one sources view, and
 * exports whose credits name publishers.
 */

// Hosts the December 2026 audit found cited; none may stand as a source on the page or in an export.
// A copy may be named only as what a figure was "read via".
const COPY_HOSTS =
	/wiki7|kiwix|gtool|ask3|deno\.dev|perceptio|wikiwand|wikimili|worddisk|pledgetimes|\.sbs\b/i;
const asSources = (text: string) => text.replace(/read via a copy \([^)]*\)[^)]*\)?/g, '');

/** The iTXt chunks of a PNG (keyword → UTF-8 text). */
function pngText(png: Buffer): Record<string, string> {
	const out: Record<string, string> = {};
	for (let at = 8; at < png.length;) {
		const len = png.readUInt32BE(at);
		const type = png.subarray(at + 4, at + 8).toString('latin1');
		if (type === 'iTXt') {
			const data = png.subarray(at + 8, at + 8 + len);
			const key = data.subarray(0, data.indexOf(0)).toString('latin1');
			out[key] = data.subarray(key.length + 5).toString('utf8');
		}
		at += 12 + len;
	}
	return out;
}

async function openDetails(page: Page, id: string) {
	await page.goto(`/?f=${id}`);
	await waitForMap(page);
	await expect(page.getByTestId('details')).toBeVisible();
}

test('Kostanay shows its dated estimate, marked as not a census, instead of "no figure"', async ({
	page,
	watch
}) => {
	await openDetails(page, 'KZ-KUS');
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { name: 'Kostanay Region' })).toBeVisible();
	// The best figure per region: the 2018 official estimate, on the map; the 2009 preliminary count beside it.
	await expect(
		details.getByRole('img', { name: /official estimate, 2018: Kazakhs 40\.27 %, Russians 41\.28 %/ })
	).toBeVisible();
	await expect(details).toContainText('official estimate, 2018 · on the map');
	await expect(details).toContainText('census 2009');
	await expect(details).not.toContainText('no figure found');
	// Every cited page is named by its publisher; a figure read on a copy says so.
	await expect(details).toContainText('Wikipedia (ru)');
	await expect(details).toContainText('read via a copy');
	expect(asSources(await details.innerText())).not.toMatch(COPY_HOSTS);
	// The legend says what the hatching on the map means: in a word in the compact legend, in full
	// in the full one.
	await expect(page.getByTestId('legend')).toContainText('estimate');
	await page.getByTestId('legend-full').click();
	await expect(page.getByTestId('legend')).toContainText('hatched: an estimate, not a census count');
	expect(watch.errors).toEqual([]);
});

test('a figure says what it is: a minister’s forecast reads as a forecast, with its publisher', async ({
	page
}) => {
	await openDetails(page, 'energy-tengiz');
	const details = page.getByTestId('details');
	await expect(details).toContainText(/Output\s*26\.5 Mt \(forecast for 2021\)/);
	await expect(details).toContainText('Kursiv');
	expect(asSources(await details.innerText())).not.toMatch(COPY_HOSTS);
});

test('a fact-check marker opens its check beside the passage, and closes it', async ({ page, watch }) => {
	await page.goto('/');
	await waitForMap(page);
	const mark = page.getByTestId('check-mark-c7');
	await expect(mark).toHaveAccessibleName(/^Fact check: Supported\. The CSTO/);
	await expect(mark).toHaveAttribute('aria-expanded', 'false');
	await mark.click();
	await expect(mark).toHaveAttribute('aria-expanded', 'true');
	const card = page.getByRole('region', { name: /Fact check of “alliance of six former Soviet states”/ });
	await expect(card).toBeVisible();
	await expect(card).toContainText('Supported');
	await expect(card).toContainText('Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan');
	await expect(card.getByRole('link', { name: 'Wikipedia (en)' })).toHaveAttribute(
		'href',
		/^https:\/\/en\.wikipedia\.org\//
	);
	// Inside passage 3, right after the phrase: the article text itself is unchanged.
	await expect(page.locator('[data-passage="p3"]')).toContainText('alliance of six former Soviet states');
	await card.getByRole('button', { name: 'Close this fact check' }).click();
	await expect(card).toHaveCount(0);
	await expect(mark).toHaveAttribute('aria-expanded', 'false');
	expect(watch.errors).toEqual([]);
});

test('every check is listed in one place, by verdict, and leads back to its passage', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('checks-open').click();
	const dialog = page.getByRole('dialog', { name: 'Evidence' });
	await expect(dialog).toBeVisible();
	const list = dialog.getByTestId('checks-list');
	await expect(list.locator('.claim-card')).toHaveCount(
		await page.locator('[data-testid^="check-mark-"]').count()
	);
	await expect(list).toContainText(/Supported: \d+/);
	await expect(list).toContainText(/Contradicted: \d+/);
	// The SCO chairmanship in 2021–22 was Uzbekistan's: the check says so.
	await expect(list.getByTestId('claim-c27')).toContainText('Contradicted');
	await list
		.getByTestId('claim-c27')
		.locator('..')
		.getByRole('button', { name: /Show in paragraph 12/ })
		.click();
	await expect(dialog).toHaveCount(0);
	await expect(
		page.getByRole('region', { name: /Fact check of “recently took over the chairmanship/ })
	).toBeInViewport();
});

test('the sources view groups every source by publisher, with what each supports', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('sources-open').click();
	const list = page.getByTestId('sources-list');
	await expect(list).toBeVisible();
	const publishers = await list.locator('.publisher h3').allInnerTexts();
	expect(publishers.length).toBeGreaterThan(30);
	expect(publishers.join('\n')).not.toMatch(COPY_HOSTS);
	expect(publishers.some((p) => p.startsWith('Kursiv'))).toBe(true);
	expect(publishers.some((p) => p.startsWith('TASS') && p.includes('state media'))).toBe(true);
	// A supported feature opens its details on the map.
	await list.getByRole('button', { name: 'Kostanay Region' }).first().click();
	await expect(page.getByTestId('details').getByRole('heading', { name: 'Kostanay Region' })).toBeVisible();
	expect(watch.errors).toEqual([]);
});

test('a 1920 × 1080 export credits publishers, not hosts, and its file lists them all', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('export-open').click();
	await page.getByTestId('export-size').selectOption('slide-1080');
	await page.getByRole('radio', { name: 'PNG', exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	const png = await readFile((await (await download).path())!);
	const credits = await page.evaluate(
		() => (window as unknown as { __lastExport: { credits: string } }).__lastExport.credits
	);
	expect(credits).toMatch(/Sources: Wikipedia \(en\); /);
	expect(credits).toMatch(/and \d+ more\.$/);
	expect(credits).not.toMatch(/\b[\w-]+\.(com|org|ru|kz|pro|app|net)\b/);
	// The image names as many publishers as fit; the PNG's iTXt "Source" chunk names every one.
	const source = pngText(png).Source ?? '';
	expect(source).toContain('Kursiv');
	expect(source.split('; ').length).toBeGreaterThan(credits.split('; ').length);
});
