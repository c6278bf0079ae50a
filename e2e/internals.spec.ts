import { expect, test, waitForMap } from './fixtures';

/*
 * The paint hold wraps a private MapLibre API (map/internals/paint-hold.ts). A fake cannot tell
 * whether the real library still has it: this runs on the real MapLibre, so an upgrade that drops
 * or changes `painter.render`, or the `loaded()` check the hold relies on, fails here.
 */
test("the first-paint hold engages on the real MapLibre and is released by the map's load frame", async ({
	page,
	watch
}) => {
	// The hold's 4 s safety release would make a slow load look like a missing internal.
	await page.addInitScript(() => {
		(window as unknown as { __paintHoldTimeoutMs: number }).__paintHoldTimeoutMs = 60_000;
	});
	await page.goto('/');
	await waitForMap(page);
	const hold = await page.evaluate(() => (window as unknown as { __paintHold?: unknown }).__paintHold);
	// Released by `load`, not by the 4 s timeout or an error: the hold did what it is kept for.
	expect(hold).toEqual({ engaged: true, heldFrames: expect.any(Number), releasedBy: 'load' });
	// And painting was handed back: MapLibre's own render (on the Painter prototype) is in place again.
	const restored = await page.evaluate(() => {
		const map = (window as unknown as { __map: { painter: object } }).__map;
		return !Object.prototype.hasOwnProperty.call(map.painter, 'render');
	});
	expect(restored).toBe(true);
	expect(watch.errors).toEqual([]);
});
