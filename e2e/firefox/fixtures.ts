import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ENV, FIREFOX_PREFS, firefoxPath } from '../../scripts/lib/firefox.mjs';

/** Every page error, console error, CSP violation report and cross-origin request of a test's page. */
export type Watch = { errors: string[]; foreignRequests: string[] };

/**
 * Firefox tests run in Playwright's runner (one report, the smoke stage, maxFailures) but drive the
 * system's Firefox ESR with puppeteer-core over WebDriver BiDi: see scripts/lib/firefox.mjs for why.
 * One browser per worker; each test gets a fresh browser context and page.
 */
export const test = base.extend<{ ff: Page; watch: Watch }, { firefox: Browser }>({
	firefox: [
		// eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
		async ({}, use) => {
			const downloads = await mkdtemp(join(tmpdir(), 'ff-downloads-'));
			const browser = await puppeteer.launch({
				browser: 'firefox',
				executablePath: firefoxPath(),
				headless: true,
				extraPrefsFirefox: { ...FIREFOX_PREFS, 'browser.download.dir': downloads },
				env: { ...process.env, ...FIREFOX_ENV },
				// The window's size, not setViewport: see FIREFOX_ENV.
				defaultViewport: null
			});
			await use(browser);
			await browser.close();
			await rm(downloads, { recursive: true, force: true });
		},
		{ scope: 'worker', timeout: 60_000 }
	],
	// eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
	watch: async ({}, use) => use({ errors: [], foreignRequests: [] }),
	ff: async ({ firefox, baseURL, watch }, use) => {
		const context = await firefox.createBrowserContext();
		const page = await context.newPage();
		const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
		// With its stack (puppeteer builds it from the BiDi log entry's stackTrace): each frame's URL
		// says whose code threw, ours (this origin), a library's chunk, or Firefox's own (chrome://).
		page.on('pageerror', (e) => {
			const error = e instanceof Error ? e : new Error(String(e));
			if (fromPrivilegedRealm(error)) return;
			watch.errors.push(`pageerror: ${error.stack}`);
		});
		page.on('console', (m) => {
			if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
		});
		page.on('request', (r) => {
			const url = r.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
		});
		// From the first script on: CSP violations the document reports, and the last blob the app
		// hands to a download link (the export's file), so a test can decode what a reader would get.
		await page.evaluateOnNewDocument(() => {
			const w = window as unknown as { __csp: string[]; __lastBlob: Blob | null };
			w.__csp = [];
			w.__lastBlob = null;
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`)
			);
			const create = URL.createObjectURL.bind(URL);
			URL.createObjectURL = (obj: Blob | MediaSource) => {
				if (obj instanceof Blob) w.__lastBlob = obj;
				return create(obj);
			};
		});
		await use(page);
		await context.close();
	}
});
export { expect };

/**
 * The one page error filtered, exactly: Gecko's cross-compartment "Permission denied to access
 * property "length"" with no stack frame at all. Seen now and then in a Firefox test, a different one
 * each time, never on the retry (docs/decisions/firefox-permission-denied.md). Any script of the page
 * (ours or a bundled library) leaves at least one frame on this origin; Firefox leaves out the frames
 * of compartments the page cannot see, so a frameless one was thrown by privileged code
 * (puppeteer's BiDi sandbox or the remote agent) and only reported into the page.
 */
function fromPrivilegedRealm(error: Error) {
	return (
		error.message === 'Error: Permission denied to access property "length"' &&
		!(error.stack ?? '').includes('\n    at ')
	);
}

export const goto = (page: Page, baseURL: string | undefined, path: string) =>
	page.goto(new URL(path, baseURL ?? 'http://localhost:4173').href);

export async function waitForMap(page: Page) {
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 90_000 });
}

/**
 * After a camera move: the map has stopped and drawn everything it loaded. Polled from here, not
 * with page.waitForFunction: puppeteer builds that with `new Function`, which the app's CSP blocks.
 */
export async function waitForMapSettled(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
					return !map.isMoving() && map.loaded();
				}),
			{ timeout: 60_000 }
		)
		.toBe(true);
}

export const camera = (page: Page) =>
	page.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
	});

/** Page coordinates of a geographic position on the map, for real mouse moves and clicks. */
export const screenPointOf = (page: Page, lngLat: [number, number]) =>
	page.evaluate(
		(lng, lat) => {
			const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
			const r = map.getContainer().getBoundingClientRect();
			const pt = map.project([lng, lat]);
			return { x: r.left + pt.x, y: r.top + pt.y };
		},
		lngLat[0],
		lngLat[1]
	);

/** RGB at a geographic position as the reader sees it: the canvas over the container's sea colour. */
export const pixelAt = (page: Page, lngLat: [number, number]) =>
	page.evaluate(
		(lng, lat) => {
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
		},
		lngLat[0],
		lngLat[1]
	);

/** The text of the first element matching the selector, or null. */
export const textOf = (page: Page, selector: string) =>
	page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
