import { expect, test, waitForMap } from './fixtures';

/*
 * The paint hold wraps a private MapLibre API (map/internals/paint-hold.ts). A fake cannot tell
 * whether the real library still has it: this runs on the real MapLibre, so an upgrade that drops
 * or changes `painter.render`, or the `loaded()` check the hold relies on, fails here.
 */
test('the first-paint hold engages on the real MapLibre and is released by the first complete frame', async ({
	page,
	watch
}) => {
	// The hold's 8 s safety release would make a slow load look like a missing internal.
	await page.addInitScript(() => {
		(window as unknown as { __paintHoldTimeoutMs: number }).__paintHoldTimeoutMs = 60_000;
	});
	await page.goto('/');
	await waitForMap(page);
	const hold = await page.evaluate(() => (window as unknown as { __paintHold?: unknown }).__paintHold);
	// Released by the frame with the basemap and the layers loaded, not by the timeout or an error:
	// the hold did what it is kept for. Frames were held (the basemap's batches of tiles at least).
	expect(hold).toEqual({ engaged: true, heldFrames: expect.any(Number), releasedBy: 'complete' });
	expect((hold as { heldFrames: number }).heldFrames).toBeGreaterThan(0);
	// The status that stood over the empty map while painting was held is gone with the hold.
	await expect(page.getByText('Loading map…')).toHaveCount(0);
	// And painting was handed back: MapLibre's own render (on the Painter prototype) is in place again.
	const restored = await page.evaluate(() => {
		const map = (window as unknown as { __map: { painter: object } }).__map;
		return !Object.prototype.hasOwnProperty.call(map.painter, 'render');
	});
	expect(restored).toBe(true);
	expect(watch.errors).toEqual([]);
});
