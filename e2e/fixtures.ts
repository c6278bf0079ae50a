import { test as base, expect, type Page } from '@playwright/test';

/** Every page error, console error and cross-origin request a test's page produced. */
export type Watch = { errors: string[]; foreignRequests: string[] };

export const test = base.extend<{ watch: Watch }>({
	watch: async ({ page, baseURL }, use) => {
		const watch: Watch = { errors: [], foreignRequests: [] };
		const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
		page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
		});
		page.on('request', (r) => {
			const url = r.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
		});
		await use(watch);
	}
});
export { expect };

/** `page` may be a frame (`page.frameLocator(…)`): the embed's map is inside another site's iframe. */
export async function waitForMap(page: Pick<Page, 'getByTestId'>) {
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
}

/**
 * The place names shown on the map, and those whose box overlaps an element matching `selector`.
 * Read two frames on: names are placed again a frame after a camera move or a panel's change.
 */
export async function namesUnder(page: Page, selector: string): Promise<{ under: string[]; shown: number }> {
	return page.evaluate(
		(selector) =>
			new Promise((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						const covers = [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
						const names = [...document.querySelectorAll<HTMLElement>('.map-label')].filter((e) => !e.hidden);
						const under = names.filter((e) => {
							const r = e.getBoundingClientRect();
							return covers.some(
								(b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom
							);
						});
						resolve({ under: under.map((e) => e.textContent ?? ''), shown: names.length });
					})
				)
			),
		selector
	);
}

/** After a camera move (a passage, a permalink): the map has stopped and drawn everything it loaded. */
export async function waitForMapSettled(page: Page) {
	await page.waitForFunction(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return !map.isMoving() && map.loaded();
	});
}

/**
 * RGB at a geographic position as the reader sees it: MapLibre's canvas (deck.gl draws into it:
 * interleaved) over its container, whose CSS background is the sea (the canvas has no background
 * layer and is transparent there).
 */
export async function pixelAt(page: Page, lngLat: [number, number]) {
	return page.evaluate(([lng, lat]) => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		const p = map.project([lng, lat]);
		const canvas = map.getCanvas();
		const ratio = canvas.width / canvas.clientWidth;
		const c2 = document.createElement('canvas');
		c2.width = 1;
		c2.height = 1;
		const g = c2.getContext('2d')!;
		g.fillStyle = getComputedStyle(map.getContainer()).backgroundColor;
		g.fillRect(0, 0, 1, 1);
		g.drawImage(canvas, Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1, 0, 0, 1, 1);
		return Array.from(g.getImageData(0, 0, 1, 1).data.slice(0, 3));
	}, lngLat);
}

export function hexToRgb(hex: string): number[] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function near(a: number[], b: number[], tolerance = 6) {
	return a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
}

/** Page coordinates of a geographic position on the map, for real mouse moves and clicks. */
export async function screenPointOf(page: Page, lngLat: [number, number]) {
	return page.evaluate(([lng, lat]) => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		const r = map.getContainer().getBoundingClientRect();
		const pt = map.project([lng, lat]);
		return { x: r.left + pt.x, y: r.top + pt.y };
	}, lngLat);
}

/** Makes every WebGL context request of the page fail, as on a machine with WebGL disabled. */
export async function disableWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return original.call(this, type as '2d', ...(rest as []));
		} as typeof original;
	});
}
