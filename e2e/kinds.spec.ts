import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';
import {
	ALL_LAYERS,
	cameraTo,
	drawnIn,
	KINDS,
	legendColour,
	mix,
	nextFrame,
	PROBE_OFFSET,
	probeAt,
	type Kind
} from './kinds';

// Issue 18.3: every kind of feature, on the canvas. For each, the camera puts it in the map's free
// middle; its pixel must be its legend colour as deck.gl blends it over what the layer covers (read
// with the layer hidden), at the map's own projection of its coordinates; a hover names it in the
// tooltip and a click opens its details. One page load for all: the camera moves, the page stays.
test.describe.configure({ mode: 'serial' });

let page: Page;
const errors: string[] = [];

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage({
		viewport: { width: 1400, height: 900 },
		baseURL: test.info().project.use.baseURL
	});
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	await page.goto(ALL_LAYERS);
	await waitForMap(page);
	// Story mode would let the article's scroll position move the camera these tests set.
	await page.getByTestId('story-toggle').uncheck();
});

test.afterAll(async () => page?.close());

/** The pixel at the probe with the pointer away from the map (no hover highlight). */
async function read(kind: Kind) {
	return page.evaluate(probeAt, { at: kind.at, nudge: kind.nudge ?? [0, 0] });
}

for (const kind of KINDS) {
	test(`on the canvas, hovered and clicked: ${kind.title}`, async () => {
		// Over the article, so nothing on the map is hovered or highlighted.
		await page.mouse.move(200, 600);
		await page.evaluate(cameraTo, { at: kind.at, zoom: kind.zoom, offset: PROBE_OFFSET });
		const colour = await page.evaluate(legendColour, kind.legend);
		expect(colour, `legend item "${kind.legend}"`).not.toBeNull();

		const on = await read(kind);
		expect(on.onCanvas, 'the probe is on the map, not under a panel').toBe(true);
		const toggle = page.getByTestId(`toggle-${kind.layer}`);
		await toggle.uncheck();
		await page.evaluate(nextFrame);
		const under = await read(kind);
		await toggle.check();
		// deck.gl applies the layer's visibility on its next frame and picks among the layers as it
		// last updated them: a hover before that frame finds what lies under the hidden layer.
		await page.evaluate(nextFrame);
		const m = mix(on.rgb, colour!, under.rgb);
		expect(
			drawnIn(m),
			`pixel ${on.rgb} = legend ${colour} over ${under.rgb}? alpha ${m.alpha}, off by ${m.off}, contrast ${m.contrast}`
		).toBe(true);

		const { x, y } = on.page;
		// One move from the article onto the point: each move over the map is a deck.gl pick, which
		// costs about a second in software WebGL.
		await page.mouse.move(x, y);
		await expect(page.getByTestId('tooltip').locator('strong')).toHaveText(kind.name);
		await page.mouse.click(x, y);
		const details = page.getByTestId('details');
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(kind.name);
		await page.keyboard.press('Escape');
		await expect(details).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}
