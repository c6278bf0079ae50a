import { readdirSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap, waitForMapSettled } from './fixtures';
import { anchorsOf } from '../src/lib/geo/anchors';

// Issue 21: a passage's number is a promise, "this is what I am talking about". For every passage that
// names features and at a phone, a tablet and a desktop size, each feature's anchors (a point; a line's
// ends and middle; a polygon's label point) must be drawn inside the map with nothing but the map on
// top of them (document.elementFromPoint): not under the legend, the details, the timeline, the scale
// bar or a control.
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
async function covering(page: Page, probes: Probe[]): Promise<(string | null)[]> {
	return page.evaluate((probes) => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		const box = map.getContainer().getBoundingClientRect();
		const canvasBox = map.getCanvasContainer();
		return probes.map(({ lng, lat }) => {
			const p = map.project([lng, lat]);
			const x = box.left + p.x;
			const y = box.top + p.y;
			if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return 'outside the map';
			const top = document.elementFromPoint(x, y);
			if (top && canvasBox.contains(top)) return null;
			if (!top) return 'outside the window';
			const label = top.closest('[aria-label]')?.getAttribute('aria-label');
			return `${top.tagName.toLowerCase()}.${[...top.classList].join('.')}${label ? ` in “${label}”` : ''}`;
		});
	}, probes);
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
			test(`paragraph ${id.slice(1)}: every feature it names is drawn in view, clear of every panel`, async () => {
				await page.getByTestId(`locate-${id}`).click();
				await expect(page.locator(`.passage.active #${id}`)).toHaveCount(1);
				await waitForMapSettled(page);
				const probes = probesOf(passage.features ?? []);
				const under = await covering(page, probes);
				const hidden = probes.flatMap((p, i) => (under[i] ? [`${p.id} (${p.role}): ${under[i]}`] : []));
				console.log(
					`${size.width}×${size.height} ${id}: ${probes.length - hidden.length}/${probes.length} visible`
				);
				expect(hidden, 'hidden under a panel or outside the map').toEqual([]);
			});
		}
	});
}
