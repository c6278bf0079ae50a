import { expect, goto, test, textOf, waitForMap } from './fixtures';
import {
	ALL_LAYERS,
	cameraTo,
	drawnIn,
	KINDS,
	legendColour,
	mix,
	nextFrame,
	PROBE_OFFSET,
	probeAt
} from '../kinds';

// The marker and line kinds of kinds.spec.ts again in Firefox: the same table, camera, probe and
// colour model, driven by puppeteer. One page load; each kind is a step. Polygons and the outline
// stay Chromium-only: the Firefox main flows already probe the choropleth.
test.setTimeout(240_000);

const IN_FIREFOX = KINDS.filter((k) => k.geometry === 'marker' || k.geometry === 'line');

test('Firefox: every marker and line kind is on the canvas in its legend colour, hovered and clicked', async ({
	ff,
	baseURL,
	watch
}) => {
	await goto(ff, baseURL, ALL_LAYERS);
	await waitForMap(ff);
	// Story mode would let the article's scroll position move the camera set here.
	await ff.click('[data-testid="story-toggle"]');
	expect(
		await ff.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="story-toggle"]')!.checked)
	).toBe(false);

	for (const kind of IN_FIREFOX) {
		await test.step(kind.title, async () => {
			await ff.mouse.move(200, 600);
			await ff.evaluate(cameraTo, { at: kind.at, zoom: kind.zoom, offset: PROBE_OFFSET });
			const colour = await ff.evaluate(legendColour, kind.legend);
			expect(colour, `legend item "${kind.legend}"`).not.toBeNull();
			const probe = { at: kind.at, nudge: kind.nudge ?? ([0, 0] as [number, number]) };
			const on = await ff.evaluate(probeAt, probe);
			expect(on.onCanvas, 'the probe is on the map, not under a panel').toBe(true);
			const toggle = `[data-testid="toggle-${kind.layer}"]`;
			await ff.click(toggle);
			await ff.evaluate(nextFrame);
			const under = await ff.evaluate(probeAt, probe);
			await ff.click(toggle);
			// The layer is back, for picking too, once deck.gl has drawn a frame with it (kinds.spec.ts).
			await ff.evaluate(nextFrame);
			const m = mix(on.rgb, colour!, under.rgb);
			expect(
				drawnIn(m),
				`pixel ${on.rgb} = legend ${colour} over ${under.rgb}? alpha ${m.alpha}, off by ${m.off}, contrast ${m.contrast}`
			).toBe(true);

			await ff.mouse.move(on.page.x, on.page.y);
			await expect.poll(() => textOf(ff, '[data-testid="tooltip"] strong')).toBe(kind.name);
			await ff.mouse.click(on.page.x, on.page.y);
			await expect.poll(() => textOf(ff, '[data-testid="details"] h2')).toBe(kind.name);
			await ff.keyboard.press('Escape');
			await expect.poll(() => textOf(ff, '[data-testid="details"]')).toBeNull();
		});
	}
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.errors).toEqual([]);
});
