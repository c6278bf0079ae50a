import { readdirSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap, waitForMapSettled } from './fixtures';
import { anchorsOf } from '../src/lib/geo/anchors';
import { CLEAR_MARGIN } from '../src/lib/map/clear-view';

// Issue 21: a passage's number is a promise, "this is what I am talking about". For every passage that
// names features and at a phone, a tablet and a desktop size, each feature's anchors (a point; a line's
// ends and middle; a polygon's label point) must be drawn inside the map with nothing but the map on
// top of them (document.elementFromPoint): not under the legend, the details, the timeline, the scale
// bar or a control; and each feature's name must be on screen, wholly inside the map and clear of
// them too.
const links = JSON.parse(readFileSync('src/lib/content/articles/kazakhstan-2022/links.json', 'utf8')) as {
	passages: Record<string, { features?: string[] }>;
};
const features = new Map<string, Feature>(
	readdirSync('geodata')
		.filter((f) => f.endsWith('.geojson'))
		.flatMap((f) => (JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as FeatureCollection).features)
		.map((f) => [String(f.properties?.id), f])
);
const passages = Object.entries(links.passages).filter(([, p]) => (p.features ?? []).length > 0);

type Probe = { id: string; role: string; lng: number; lat: number };
const probesOf = (ids: readonly string[]): Probe[] =>
	ids.flatMap((id) => {
		const f = features.get(id);
		if (!f) throw new Error(`links.json names ${id}, which no geodata file has`);
		const curved = f.properties?.kind === 'airlift';
		return anchorsOf(f.geometry, { curved }).map((a) => ({
			id,
			role: a.role,
			lng: a.position[0],
			lat: a.position[1]
		}));
	});

/** What covers each probe: null when the map (its canvas, or a place name drawn over it) is on top. */
async function covering(page: Page, probes: Probe[], margin = 0): Promise<(string | null)[]> {
	return page.evaluate(
		({ probes, margin }) => {
			const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
			const box = map.getContainer().getBoundingClientRect();
			const canvasBox = map.getCanvasContainer();
			return probes.map(({ lng, lat }) => {
				const p = map.project([lng, lat]);
				const x = box.left + p.x;
				const y = box.top + p.y;
				if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return 'outside the map';
				// The point itself, and with a margin the four points that far around it (a marker's disc).
				const around = margin
					? [
							[0, 0],
							[margin, 0],
							[-margin, 0],
							[0, margin],
							[0, -margin]
						]
					: [[0, 0]];
				for (const [dx, dy] of around) {
					const top = document.elementFromPoint(x + dx!, y + dy!);
					if (top && canvasBox.contains(top)) continue;
					if (!top) return 'outside the window';
					const label = top.closest('[aria-label]')?.getAttribute('aria-label');
					return `${top.tagName.toLowerCase()}.${[...top.classList].join('.')}${label ? ` in “${label}”` : ''}`;
				}
				return null;
			});
		},
		{ probes, margin }
	);
}

// The map names a feature by its short `label` where the data gives one, else by its `name`.
const names = new Map(
	[...features].map(([id, f]) => [id, String(f.properties?.label ?? f.properties?.name ?? '')])
);

/**
 * Which of the passage's feature names are not on screen: no label with that name shown, or one
 * that reaches past the map or lies (at a corner or its centre) under something other than the map.
 */
async function unnamed(page: Page, ids: readonly string[]): Promise<string[]> {
	const wanted = ids.map((id) => names.get(id)!);
	return page.evaluate(
		(wanted) =>
			new Promise<string[]>((resolve) =>
				// Names are placed a frame after the camera stops.
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
						const box = map.getContainer().getBoundingClientRect();
						const canvasBox = map.getCanvasContainer();
						const shown = [...document.querySelectorAll<HTMLElement>('.map-label.feature')].filter(
							(e) => !e.hidden
						);
						resolve(
							wanted.flatMap((name) => {
								const el = shown.find((e) => (e.textContent ?? '').replace(/\s+/g, ' ') === name);
								if (!el) return [`${name}: not shown`];
								const r = el.getBoundingClientRect();
								if (r.left < box.left || r.top < box.top || r.right > box.right || r.bottom > box.bottom)
									return [`${name}: past the map's edge`];
								const points = [
									[r.left + 1, r.top + 1],
									[r.right - 1, r.top + 1],
									[r.left + 1, r.bottom - 1],
									[r.right - 1, r.bottom - 1],
									[(r.left + r.right) / 2, (r.top + r.bottom) / 2]
								] as const;
								const covered = points.some(([x, y]) => {
									const top = document.elementFromPoint(x, y);
									return !top || !canvasBox.contains(top);
								});
								return covered ? [`${name}: under a panel or control`] : [];
							})
						);
					})
				)
			),
		wanted
	);
}

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1024, height: 768 },
	{ width: 1400, height: 900 }
];

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		let page: Page;
		test.beforeAll(async ({ browser }) => {
			page = await browser.newPage({ viewport: size });
			await page.goto('/');
			await waitForMap(page);
		});
		test.afterAll(() => page.close());

		for (const [id, passage] of passages) {
			test(`paragraph ${id.slice(1)}: every feature it names is drawn in view and named, clear of every panel`, async () => {
				await page.getByTestId(`locate-${id}`).click();
				await expect(page.locator(`.passage.active #${id}`)).toHaveCount(1);
				await waitForMapSettled(page);
				const probes = probesOf(passage.features ?? []);
				const under = await covering(page, probes);
				const hidden = probes.flatMap((p, i) => (under[i] ? [`${p.id} (${p.role}): ${under[i]}`] : []));
				const ids = passage.features ?? [];
				const nameless = await unnamed(page, ids);
				console.log(
					`${size.width}×${size.height} ${id}: ${probes.length - hidden.length}/${probes.length} visible, ` +
						`${ids.length - nameless.length}/${ids.length} named`
				);
				expect(hidden, 'hidden under a panel or outside the map').toEqual([]);
				expect(nameless, 'features the passage names without their name on screen').toEqual([]);
			});
		}
	});
}

// Issue 21.1: where the camera cannot clear everything a passage names (here the details panel and
// the full legend are open on a tablet), it says so: the status line names exactly the features
// that are hidden, and every feature it does not name is in view.
test('what a passage names but cannot show is said over the map, and only that', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
	await page.goto('/?f=KZ-SEV');
	await waitForMap(page);
	await page.getByTestId('legend-full').click();
	await page.getByTestId('locate-p14').click();
	await expect(page.locator('.passage.active #p14')).toHaveCount(1);
	await waitForMapSettled(page);
	const ids = links.passages.p14!.features ?? [];
	const probes = probesOf(ids);
	// Hidden as the camera counts it: a marker within 6 px of a panel is partly under it.
	const under = await covering(page, probes, CLEAR_MARGIN);
	const hidden = ids.filter((id) => probes.some((p, i) => p.id === id && under[i]));
	expect(hidden.length, 'this layout hides at least one of paragraph 14’s features').toBeGreaterThan(0);
	const line = page.getByTestId('beyond');
	await expect(line).toBeVisible();
	const text = (await line.textContent()) ?? '';
	const fullName = (id: string) => String(features.get(id)!.properties?.name);
	for (const id of ids)
		expect(text.includes(fullName(id)), `${fullName(id)} ${hidden.includes(id) ? 'hidden' : 'in view'}`).toBe(
			hidden.includes(id)
		);
	await page.close();
});
