import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, namesUnder, test, waitForMap, waitForMapSettled } from './fixtures';

// Issue 21.2: while a passage is active, the features it names are named on the map, with the words
// geodata/ gives them, placed by the place names' engine (clear of panels and controls), gone when the
// passage changes, and in an export of that view. SwiftShader is slow: no fixed sleeps, generous waits.
test.setTimeout(240_000);

const links = JSON.parse(
	readFileSync(new URL('../src/lib/content/articles/kazakhstan-2022/links.json', import.meta.url), 'utf8')
) as { passages: Record<string, { features: string[] }> };
const names = new Map<string, string>();
for (const file of ['csto', 'regions', 'north', 'energy', 'unrest', 'military'])
	for (const f of JSON.parse(readFileSync(new URL(`../geodata/${file}.geojson`, import.meta.url), 'utf8'))
		.features as { properties: { id: string; name: string; label?: string } }[])
		// The map's short label where the data gives one (feature-names.ts).
		names.set(f.properties.id, f.properties.label ?? f.properties.name);
const namesOf = (passage: string) => links.passages[passage]!.features.map((id) => names.get(id)!);

/** The feature names shown, read two frames on (names are placed a frame after a move). */
const shownFeatureNames = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<string[]>((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						resolve(
							[...document.querySelectorAll<HTMLElement>('.map-label.feature')]
								.filter((e) => !e.hidden)
								.map((e) => e.textContent ?? '')
						)
					)
				)
			)
	);

const OVER_MAP =
	'[data-map-overlay], .maplibregl-ctrl-top-right > *, .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *';

test('paragraph 7 names South Ossetia, Syria and Crimea with their years, clear of the panels; paragraph 8 replaces them', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	expect(await shownFeatureNames(page), 'no passage, no feature names').toEqual([]);

	await page.getByTestId('locate-p7').click();
	await waitForMapSettled(page);
	const p7 = namesOf('p7');
	// The words are the data's own: "South Ossetia (Tskhinvali), 2008", "Crimea (Simferopol), 2014"…
	expect(p7.every((n) => /, \d{4}$/.test(n))).toBe(true);
	expect((await shownFeatureNames(page)).sort()).toEqual([...p7].sort());
	const { under } = await namesUnder(page, OVER_MAP);
	expect(
		under.filter((n) => p7.includes(n)),
		'feature names under a panel or control'
	).toEqual([]);

	await page.getByTestId('locate-p8').click();
	await waitForMapSettled(page);
	const shown = await shownFeatureNames(page);
	expect(
		shown.filter((n) => p7.includes(n)),
		'paragraph 7’s names after paragraph 8'
	).toEqual([]);
	expect(shown.length, `paragraph 8 names its features: ${shown.join(', ')}`).toBeGreaterThan(0);
	expect(shown.every((n) => namesOf('p8').includes(n))).toBe(true);
	expect(watch.errors).toEqual([]);
});

test('an export of paragraph 7’s view names what the passage names', async ({ page, watch }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('locate-p7').click();
	await waitForMapSettled(page);
	await page.getByTestId('export-open').click();
	await page.getByTestId('export-size').selectOption('slide-1080');
	await page.getByRole('radio', { name: 'PNG', exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 200_000 });
	await page.getByTestId('export-go').click();
	await (await download).path();
	const exported = (await page.evaluate(
		() => (window as unknown as { __lastExport: { labels: { text: string }[] } }).__lastExport.labels
	)) as { text: string }[];
	const texts = exported.map((l) => l.text);
	for (const n of namesOf('p7')) expect(texts, `"${n}" in the export`).toContain(n);
	expect(watch.errors).toEqual([]);
});
