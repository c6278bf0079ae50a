import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, waitForMap } from './fixtures';

// Two exports of the default view gave vector PDFs of 240,057 and 253,958 bytes (2 Dec): the first
// view was fitted clear of the panels as they were when the map was created, and when the map came
// before the data the layers panel had no legend yet and there was no timeline. Which arrives first
// is a race; this test runs it both ways, on purpose, and requires the same view and the same file.
test.setTimeout(240_000);

const DATA = '**/_app/immutable/assets/timeline.*.json';
const BASEMAP = '**/_app/immutable/assets/basemap.topo.*.json';

/** The default view loaded with `held` answered only once `until` holds in the page. */
async function loadWith(page: Page, held: string, until: () => boolean) {
	await page.route(held, async (route) => {
		await page.waitForFunction(until, null, { timeout: 120_000 });
		await route.continue();
	});
	await page.goto('/');
	await waitForMap(page);
	await page.unroute(held);
	const camera = await page.evaluate(() => {
		const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return { center: m.getCenter().toArray(), zoom: m.getZoom() };
	});
	await page.getByTestId('export-open').click();
	await page.getByTestId('export-size').selectOption('slide-1080');
	await page.getByRole('radio', { name: 'SVG', exact: true }).check();
	const download: Promise<Download> = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	const svg = readFileSync((await (await download).path())!, 'utf8');
	return { camera, svg };
}

test('the default view and its SVG export are the same whether the map or the data arrived first', async ({
	page,
	watch
}) => {
	// The map first: the data is held until MapLibre has created and loaded the map.
	const mapFirst = await loadWith(page, DATA, () => '__map' in window);
	// The data first: the basemap (without which there is no map) is held until the timeline, drawn
	// from the data, is on the page.
	const dataFirst = await loadWith(page, BASEMAP, () => !!document.querySelector('[data-testid="timeline"]'));
	expect(mapFirst.camera).toEqual(dataFirst.camera);
	// No date or random id in the file: the same state gives the same text, byte for byte.
	expect(mapFirst.svg.length).toBeGreaterThan(100_000);
	expect(mapFirst.svg === dataFirst.svg, 'the two SVG exports are identical').toBe(true);
	expect(watch.errors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});
