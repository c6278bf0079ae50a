/*
 * PRIVATE API: what luma.gl (9.4.2: @luma.gl/core pinned exactly in package.json, its webgl
 * backend coming with deck.gl 9.4) attaches to a WebGL context object. This is the only module
 * that touches it. e2e/robustness.spec.ts restores a lost context on the real library and checks,
 * from the report below, that luma.gl had attached exactly what is removed here; if luma.gl stops
 * attaching it, there is nothing stale to remove and the restore still works. Decision record: docs/decisions/luma-context-restore.md.
 */

/** What detachLuma found and removed: the test's evidence that luma.gl still attaches these. */
export type DetachReport = { device: boolean; state: boolean; spies: number };

/**
 * After a WebGL context restore, forget what luma.gl attached to the context object: its device
 * (`gl.luma`: programs, buffers, caches of the lost context), its state tracker (`gl.lumaState`) and
 * the caching spies it installed as own properties over WebGL2RenderingContext's methods. Left in
 * place, the stale cache swallows state changes (for MapLibre too), and a new Deck would attach to the
 * dead device; spies installed twice swallow every change. The prototype's methods come back.
 */
export function detachLuma(gl: WebGL2RenderingContext): DetachReport {
	const own = gl as unknown as Record<string, unknown>;
	let spies = 0;
	for (const key of Object.getOwnPropertyNames(gl))
		if (typeof own[key] === 'function') {
			delete own[key];
			spies++;
		}
	const report = { device: 'luma' in own, state: 'lumaState' in own, spies };
	delete own.luma;
	delete own.lumaState;
	return report;
}
