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

test('with story mode on, a passage shown by its number stays shown when a late scroll event arrives', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('story-toggle')).toBeChecked();
	// Paragraph 7's number at the bottom of the reader, as a click or Tab brings it into view: the
	// reading line (a third down) then crosses an earlier passage.
	await page.getByTestId('locate-p7').evaluate((b) => b.scrollIntoView({ block: 'end' }));
	await page.getByTestId('locate-p7').click();
	await expect(page.locator('.passage.active #p7')).toHaveCount(1);
	// On a slow machine the event for that scroll reaches the page after the click's quiet second,
	// though the text has not moved since. Story mode must not read it as the reader scrolling.
	const active = await page.evaluate(async () => {
		const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
		await wait(1200);
		document.querySelector('.reader')!.dispatchEvent(new Event('scroll'));
		await wait(800);
		return document.querySelector('.passage.active')?.getAttribute('data-passage');
	});
	expect(active).toBe('p7');
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
	// Story mode on, as a reader has it: the jump's own scroll must not drive the map to another passage.
	await expect(page.getByTestId('story-toggle')).toBeChecked();
	await mention.click();
	await expect(page.locator('.passage.active #p8')).toHaveCount(1);
	await expect(page.locator('#p8')).toBeInViewport();
});

test('with story mode on, "Mentioned in" lands on the passage it names, not the one above', async ({
	page,
	watch
}) => {
	// Paragraph 11 is short: centred by the jump, it sits below the reading line (a third of the way
	// down), and story mode, reading the jump's own scroll as the reader's, activated paragraph 10.
	await page.goto('/?f=energy-pipeline-kz-china-oil');
	await waitForMap(page);
	await expect(page.getByTestId('story-toggle')).toBeChecked();
	const mention = page
		.getByTestId('details')
		.getByTestId('mentions')
		.getByRole('button', { name: /Paragraph 11/ });
	const scrolled = untilScrollEnds(page);
	await mention.click();
	await scrolled;
	await expect(page.locator('.passage.active #p11')).toHaveCount(1);
	await expect(page.locator('#p11')).toBeInViewport();
	// Story mode acts 250 ms after the last scroll: an absence can only be shown by letting that pass.
	await page.waitForTimeout(600);
	await expect(page.locator('.passage.active #p11'), 'story mode moved to another passage').toHaveCount(1);
	await expect(page).toHaveURL(/[?&]p=p11/);
	// And the back button returns to the selection before the jump.
	await page.goBack();
	await expect(page).not.toHaveURL(/[?&]p=/);
	await expect(page.locator('.passage.active')).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

test('a permalink to a passage opens the article at that passage, story mode on, and back returns to it', async ({
	page,
	watch
}) => {
	// The link activated paragraph 11 and fitted the map to it, but the article stayed at its top:
	// the reader saw paragraphs 1–3 beside a map of paragraph 11.
	await page.goto('/?p=p11');
	await waitForMap(page);
	await expect(page.getByTestId('story-toggle')).toBeChecked();
	await expect(page.locator('#p11')).toBeInViewport();
	await expect(page.locator('.passage.active #p11')).toHaveCount(1);
	// Story mode acts 250 ms after the last scroll: an absence can only be shown by letting that pass.
	await page.waitForTimeout(600);
	await expect(page.locator('.passage.active #p11'), 'story mode moved to another passage').toHaveCount(1);
	await expect(page).toHaveURL(/[?&]p=p11/);
	// Another passage, then back: the article returns to paragraph 11.
	await page.getByTestId('locate-p3').click();
	await expect(page).toHaveURL(/[?&]p=p3/);
	await expect(page.locator('#p3')).toBeInViewport();
	await page.goBack();
	await expect(page).toHaveURL(/[?&]p=p11/);
	await expect(page.locator('.passage.active #p11')).toHaveCount(1);
	await expect(page.locator('#p11')).toBeInViewport();
	expect(watch.errors).toEqual([]);
});

test('in story mode the reader reaches the last paragraph by scrolling to the end of the text', async ({
	page
}) => {
	// The reading line stood a third of the way down the column: at the end of the text it was in
	// paragraph 13, and the article's conclusion, paragraph 14, could never become the active passage.
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('story-toggle')).toBeChecked();
	await page.locator('.reader').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
	await expect(page.locator('.passage.active #p14')).toHaveCount(1, { timeout: 15_000 });
	await expect(page).toHaveURL(/[?&]p=p14/);
	// Back up by a screen: the line is a third of the way down again, and an earlier passage is read.
	await page.locator('.reader').evaluate((el) => el.scrollBy({ top: -el.clientHeight }));
	await expect(page.locator('.passage.active #p14')).toHaveCount(0, { timeout: 15_000 });
});

/** Resolves when the reader's column has stopped scrolling (a jump's smooth scroll included). */
async function untilScrollEnds(page: import('@playwright/test').Page) {
	await page.evaluate(() => {
		const reader = document.querySelector('.reader')!;
		(window as unknown as { __scrollEnd: Promise<void> }).__scrollEnd = new Promise((resolve) =>
			reader.addEventListener('scrollend', () => resolve(), { once: true })
		);
	});
	return page.evaluate(() => (window as unknown as { __scrollEnd: Promise<void> }).__scrollEnd);
}

test('a linked phrase inside a passage takes the map to exactly what it names', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	// Story mode stays on: a phrase click is the reader's choice, and scrolling must not undo it.
	await expect(page.getByTestId('story-toggle')).toBeChecked();
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

test('linked phrases wrap like the words around them: no phrase moved whole to a line of its own, no orphaned punctuation', async ({
	page
}) => {
	// The article column is narrow at 1024 px: the long phrases must break across lines there.
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/');
	const report = await page.evaluate(() => {
		const phrases = [...document.querySelectorAll<HTMLElement>('.passage .phrase')];
		const orphans: string[] = [];
		for (const el of phrases) {
			const lines = [...el.getClientRects()];
			const last = lines[lines.length - 1];
			// The first character after the phrase in the text (skipping a fact-check marker).
			const walker = document.createTreeWalker(el.closest('p')!, NodeFilter.SHOW_TEXT);
			walker.currentNode = el.lastChild ?? el;
			let next: Text | null = null;
			while (walker.nextNode()) {
				const t = walker.currentNode as Text;
				if (t.parentElement?.closest('.check') || el.contains(t) || !t.data.length) continue;
				next = t;
				break;
			}
			if (!next || !last || !/^[.,;:)!?’”]/.test(next.data)) continue;
			const range = document.createRange();
			range.setStart(next, 0);
			range.setEnd(next, 1);
			const mark = range.getClientRects()[0];
			if (mark && Math.abs(mark.top - last.top) > 2)
				orphans.push(`${el.textContent} | ${next.data.slice(0, 12)}`);
		}
		return {
			count: phrases.length,
			wrapped: phrases.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent),
			orphans
		};
	});
	expect(report.count).toBeGreaterThan(10);
	// Text that wraps has a box per line; an atomic inline (a <button>) has one box however it breaks.
	expect(report.wrapped.length, 'phrases broken across two lines').toBeGreaterThan(0);
	expect(report.orphans, 'punctuation pushed to a line of its own').toEqual([]);
	// Still a button to the keyboard and to a screen reader, named by its words.
	const crimea = page.locator('#p7').getByRole('button', { name: 'Crimea', exact: true });
	await crimea.focus();
	await expect(crimea).toBeFocused();
});
