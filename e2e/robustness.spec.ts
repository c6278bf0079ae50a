import { expect, pixelAt, test, waitForMap, screenPointOf } from './fixtures';

// Inside North Kazakhstan region: the regions choropleth's darkest class, deep purple (layers.spec.ts).
const NORTH_KZ: [number, number] = [70.9, 53.75];
const purple = (rgb: number[]) => rgb[2]! - rgb[1]! > 40;

test('after a WebGL context loss and restore, the map and its deck.gl layers come back', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	expect(purple(await pixelAt(page, NORTH_KZ)), 'choropleth drawn before the loss').toBe(true);

	// The browser drops the context (as on a GPU reset or too many contexts), then gives it back.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
				const canvas = map.getCanvas();
				const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
				const ext = gl?.getExtension('WEBGL_lose_context');
				if (!ext) throw new Error('WEBGL_lose_context is not available');
				(window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
				canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
				ext.loseContext();
			})
	);
	// Lost: nothing is drawn (the choropleth is gone from the canvas).
	expect(purple(await pixelAt(page, NORTH_KZ)), 'nothing drawn while the context is lost').toBe(false);

	await page.evaluate(() =>
		(window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext()
	);
	await expect
		.poll(async () => purple(await pixelAt(page, NORTH_KZ)), {
			message: 'the regions choropleth (deck.gl) is drawn again after the restore',
			timeout: 60_000
		})
		.toBe(true);
	// The clean-up (map/internals/luma-context.ts) found what it exists to remove on the real luma.gl:
	// its device, its state tracker and its spies. If luma.gl stops attaching them, this says so.
	expect(await page.evaluate(() => (window as unknown as { __lumaDetach?: unknown }).__lumaDetach)).toEqual({
		device: true,
		state: true,
		spies: expect.any(Number)
	});
	expect(
		await page.evaluate(() => (window as unknown as { __lumaDetach: { spies: number } }).__lumaDetach.spies)
	).toBeGreaterThan(0);
	// And it still answers the pointer: picking goes through the new overlay.
	const p = await screenPointOf(page, NORTH_KZ);
	await page.mouse.click(p.x, p.y);
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	expect(watch.errors).toEqual([]);
});
