import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Frame, Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';
import { anchorsOf } from '../src/lib/geo/anchors';
import { EMBED_SANDBOX } from '../src/lib/embed/snippet';

// Issue 19.3: the embed, as a newsroom's page shows it: inside an <iframe> on another origin, with the
// sandbox the snippet gives. The host page is served by this test from a loopback address of its own
// (127.0.0.1 on a free port, the app being on localhost): Chromium's Local Network Access checks
// refuse a page on a public origin (a page.route'd fake host) framing localhost
// (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS), which is no host a reader will ever have.

const ARTICLE = readFileSync('src/lib/content/articles/kazakhstan-2022/article.txt', 'utf8').split('\n');
/** A paragraph's text as the article file has it (line 0 is the byline). */
const paragraph = (n: number) => ARTICLE[n]!;
const links = JSON.parse(readFileSync('src/lib/content/articles/kazakhstan-2022/links.json', 'utf8')) as {
	passages: Record<string, { features?: string[] }>;
};
const features = new Map<string, Feature>(
	readdirSync('geodata')
		.filter((f) => f.endsWith('.geojson'))
		.flatMap((f) => (JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as FeatureCollection).features)
		.map((f) => [String(f.properties?.id), f])
);
const anchorsOfPassage = (id: string) =>
	(links.passages[id]?.features ?? []).flatMap((fid) => {
		const f = features.get(fid)!;
		return anchorsOf(f.geometry, { curved: f.properties?.kind === 'airlift' }).map((a) => ({
			id: fid,
			role: a.role,
			lngLat: a.position
		}));
	});

let host: Server;
let hostOrigin = '';
/** Host pages by path, set by each test: a newsroom's article with the embed in it. */
const pages = new Map<string, string>();
test.beforeAll(async () => {
	host = createServer((req, res) => {
		const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** A host page at `path` holding the given iframe markup between two paragraphs of its own text. */
async function openHost(page: Page, path: string, iframe: string): Promise<Frame> {
	pages.set(
		path,
		`<!doctype html><html lang="en"><head><title>A newsroom</title>` +
			// No favicon request to the host (a 404 in the console): the host's icon is not the embed's concern.
			`<link rel="icon" href="data:,"></head><body style="margin:16px">` +
			`<p>The newsroom's own text, above the map.</p>${iframe}<p>And below it.</p></body></html>`
	);
	await page.goto(`${hostOrigin}${path}`);
	const frame = page.frameLocator('iframe');
	await waitForMap(frame);
	const inner = page.frames().find((f) => f.parentFrame() === page.mainFrame());
	if (!inner) throw new Error('no iframe in the host page');
	return inner;
}

/** Records every CSP violation each frame reports, from its first script on. */
async function recordCsp(page: Page) {
	// addInitScript runs in child frames too: the embed's document records its own.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`)
		);
	});
}

/** What covers each anchor inside the frame: null when the map (or a name on it) is on top. */
async function covering(frame: Frame, anchors: { lngLat: [number, number] }[]) {
	return frame.evaluate(
		(points) => {
			const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
			const box = map.getContainer().getBoundingClientRect();
			return points.map(([lng, lat]) => {
				const p = map.project([lng, lat]);
				if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return 'outside the map';
				const top = document.elementFromPoint(box.left + p.x, box.top + p.y);
				if (top && map.getCanvasContainer().contains(top)) return null;
				return top ? `${top.tagName.toLowerCase()}.${[...top.classList].join('.')}` : 'outside the window';
			});
		},
		anchors.map((a) => a.lngLat)
	);
}

/** axe-core's serious and critical findings, the embed's frame included (axe enters iframes). */
async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

const settled = (frame: Frame) =>
	frame.waitForFunction(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		return !map.isMoving() && map.loaded();
	});
const cameraOf = (frame: Frame) =>
	frame.evaluate(() => {
		const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
		const c = map.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
	});

/** The passage's anchors that are outside the frame or under something, once the map has stopped. */
async function hiddenOf(frame: Frame, id: string) {
	await settled(frame);
	const anchors = anchorsOfPassage(id);
	expect(anchors.length).toBeGreaterThan(0);
	const under = await covering(frame, anchors);
	return anchors.flatMap((a, i) => (under[i] ? [`${a.id} (${a.role}): ${under[i]}`] : []));
}

/**
 * After a click (Prev, Next, Enter) the camera's move has begun by the time the click returns, so
 * one look once it has stopped is the answer. A permalink's passage is fitted a tick after the map
 * is ready, which the page does not signal: then look again each time the map stops, until clear.
 */
async function expectPassageClear(frame: Frame, id: string, { firstLoad = false } = {}) {
	const what = `paragraph ${id.slice(1)}'s features hidden in the embed`;
	if (firstLoad) await expect.poll(() => hiddenOf(frame, id), { message: what }).toEqual([]);
	else expect(await hiddenOf(frame, id), what).toEqual([]);
}

// Two frames newsrooms use and the laid-out range's widest corner (1200 × 800); 300 × 300 below.
for (const size of [
	{ width: 320, height: 480 },
	{ width: 1000, height: 600 },
	{ width: 1200, height: 800 }
]) {
	test(`embedded at ${size.width}×${size.height} in another site's page: the paragraph card, Prev/Next by mouse and keyboard, legend, credits, the full-article link; no CSP violation, no foreign request`, async ({
		page,
		watch,
		baseURL
	}) => {
		await page.setViewportSize({ width: size.width + 32, height: size.height + 120 });
		await recordCsp(page);
		const consoleCsp: string[] = [];
		page.on('console', (m) => {
			if (m.text().includes('Content Security Policy')) consoleCsp.push(m.text());
		});
		const src = `${baseURL}/embed?p=p3&d=2022-01-06`;
		const frame = await openHost(
			page,
			`/story-${size.width}`,
			`<iframe src="${src}" width="${size.width}" height="${size.height}" title="Map" sandbox="${EMBED_SANDBOX}" style="border:0"></iframe>`
		);
		// Really framed, by a page of another origin.
		expect(await frame.evaluate(() => window.top !== window.self)).toBe(true);
		expect(new URL(page.url()).origin).not.toBe(new URL(src).origin);
		const card = page.frameLocator('iframe').getByTestId('passage-card');
		const inFrame = page.frameLocator('iframe');

		// The card quotes paragraph 3 verbatim, and what it names is in view, clear of card and legend.
		await expect(card.getByRole('heading')).toHaveText('Paragraph 3 of 14');
		await expect(inFrame.getByTestId('card-text')).toHaveText(paragraph(3));
		await expectPassageClear(frame, 'p3', { firstLoad: true });

		// Map and card both on screen, the frame scrolls nothing sideways.
		const layout = await frame.evaluate(() => {
			const box = (s: string) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect;
			return {
				scrollWidth: document.documentElement.scrollWidth,
				width: innerWidth,
				height: innerHeight,
				map: box('[data-testid="map"]'),
				card: box('[data-testid="passage-card"]')
			};
		});
		expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
		for (const b of [layout.map, layout.card]) {
			expect(b.left).toBeGreaterThanOrEqual(0);
			expect(b.right).toBeLessThanOrEqual(layout.width + 0.5);
			expect(b.bottom).toBeLessThanOrEqual(layout.height + 0.5);
		}
		expect(layout.map.height).toBeGreaterThanOrEqual(180);
		expect(layout.card.height).toBeGreaterThanOrEqual(120);

		// The legend: open where there is room, one button away in a small frame.
		const legend = inFrame.getByTestId('embed-legend');
		const toggle = legend.getByRole('button', { name: 'Legend' });
		const folded = (await toggle.getAttribute('aria-expanded')) === 'false';
		expect(folded, 'the legend folded in a small frame only').toBe(size.width < 480);
		if (folded) await toggle.click();
		await expect(legend.getByText('CSTO contingents')).toBeVisible();
		// Folded again, as the reader of a small frame would: open, it covers half of that map.
		if (folded) await toggle.click();
		expect(await seriousViolations(page)).toEqual([]);
		// The basemap's attribution and the credits (article, data).
		await expect(inFrame.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
		await inFrame.getByTestId('embed-credits').locator('summary').click();
		await expect(inFrame.getByTestId('embed-credits')).toContainText('Article: Oksana Antonenko');

		// Next: paragraph 4, the map moves to it, the frame's URL follows; the host's history does not
		// grow (the host's Back button must leave the host's page, not step through the embed).
		const historyBefore = await page.evaluate(() => history.length);
		const before = await cameraOf(frame);
		await inFrame.getByTestId('card-next').click();
		await expect(card.getByRole('heading')).toHaveText('Paragraph 4 of 14');
		await expect(inFrame.getByTestId('card-text')).toHaveText(paragraph(4));
		await expect.poll(() => new URL(frame.url()).searchParams.get('p')).toBe('p4');
		await settled(frame);
		const after = await cameraOf(frame);
		expect(
			Math.hypot(after.lng - before.lng, after.lat - before.lat) + Math.abs(after.zoom - before.zoom)
		).toBeGreaterThan(0.5);
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
		// Prev: back to paragraph 3, its features clear again.
		await inFrame.getByTestId('card-prev').click();
		await expect(inFrame.getByTestId('card-text')).toHaveText(paragraph(3));
		await expectPassageClear(frame, 'p3');

		// By keyboard: Tab from the frame's first control to "Next", then Enter.
		await inFrame.locator('body').focus();
		await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		let reached = false;
		for (let i = 0; i < 25 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await frame.evaluate(
				() => document.activeElement?.getAttribute('data-testid') === 'card-next'
			);
		}
		expect(reached, 'Tab reaches the Next button').toBe(true);
		await page.keyboard.press('Enter');
		await expect(inFrame.getByTestId('card-text')).toHaveText(paragraph(4));
		await expectPassageClear(frame, 'p4');

		// The full article at the embed's state, in a new tab (the sandbox must allow that popup).
		const link = inFrame.getByTestId('full-article');
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', /noopener/);
		const href = new URL((await link.getAttribute('href'))!, frame.url());
		expect(href.pathname).toBe('/');
		expect(href.searchParams.get('p')).toBe('p4');
		expect(href.searchParams.get('d')).toBe('2022-01-06');
		expect(href.searchParams.get('v')).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/);
		const [popup] = await Promise.all([
			page.context().waitForEvent('page', { timeout: 30_000 }),
			link.click()
		]);
		await popup.waitForURL(/p=p4/);
		expect(new URL(popup.url()).pathname).toBe('/');
		await popup.close();

		expect(await frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		expect(consoleCsp).toEqual([]);
		// The host page itself is on its own origin; everything the embed fetched is on the app's.
		expect(watch.foreignRequests.filter((u) => !u.startsWith(hostOrigin))).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
}

test('the Embed dialog gives a snippet of the current state, checks its size, copies it (or selects it), and its src restores that state in a host page', async ({
	page,
	watch,
	baseURL
}) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const shared = { l: 'regions,csto', f: 'csto-almaty-airport', p: 'p3', d: '2022-01-06' };
	await page.goto(`/?${new URLSearchParams(shared).toString().replace(/%2C/g, ',')}`);
	await waitForMap(page);
	await expect.poll(() => new URL(page.url()).searchParams.get('v')).not.toBeNull();

	const open = page.getByTestId('embed-open');
	await open.click();
	const dialog = page.getByTestId('embed-dialog');
	await expect(dialog).toBeVisible();
	const code = dialog.getByTestId('embed-code');
	const srcOf = (html: string) => new URL(/ src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&'));

	// The default: 600 × 500, a title, the snippet's sandbox, and the state without the page's camera
	// (the frame fits paragraph 3 to itself).
	let snippet = await code.inputValue();
	expect(snippet).toContain(' width="600" height="500" ');
	expect(snippet).toContain(` sandbox="${EMBED_SANDBOX}"`);
	expect(snippet).toMatch(/ title="Map for “[^"]+” by Oksana Antonenko, paragraph 3"/);
	let src = srcOf(snippet);
	expect(src.pathname).toBe('/embed');
	expect(Object.fromEntries(src.searchParams)).toEqual(shared);

	// Sizes: a word is refused with a message and nothing to copy; a number out of range is clamped.
	const width = dialog.getByTestId('embed-width');
	await width.fill('wide');
	await expect(dialog.getByTestId('embed-size-note')).toContainText('is not a whole number of pixels');
	await expect(dialog.getByTestId('embed-copy')).toBeDisabled();
	await expect(code).toHaveValue('');
	await width.fill('5000');
	await expect(dialog.getByTestId('embed-size-note')).toContainText('lowered to 1200 px');
	await expect(code).toHaveValue(/ width="1200" /);
	await width.fill('320');
	await dialog.getByTestId('embed-height').fill('480');
	await expect(dialog.getByTestId('embed-size-note')).toHaveText('');

	// "Keep this exact view" adds the page's camera, as the page's own permalink has it.
	await dialog.getByTestId('embed-exact-view').check();
	const exact = srcOf(await code.inputValue()).searchParams.get('v');
	// The page's URL takes the camera shortly after the map rests (url-sync's REPLACE_DELAY_MS).
	await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(exact);
	await dialog.getByTestId('embed-exact-view').uncheck();
	snippet = await code.inputValue();
	src = srcOf(snippet);

	// Copy: to the clipboard; where the Clipboard API refuses, the code is selected for Ctrl+C.
	await dialog.getByTestId('embed-copy').click();
	await expect(dialog).toContainText('Embed code copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
	await page.evaluate(() => {
		navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
	});
	await dialog.getByTestId('embed-copy').click();
	await expect(dialog).toContainText('press Ctrl+C');
	expect(
		await code.evaluate((t: HTMLTextAreaElement) => [
			t.selectionStart,
			t.selectionEnd,
			document.activeElement === t
		])
	).toEqual([0, snippet.length, true]);

	expect(await seriousViolations(page)).toEqual([]);
	// Modal: Tab stays in the dialog; Escape closes it and gives focus back to the Embed button.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => {
			const a = document.activeElement;
			return !a || a === document.body ? 'body' : a.closest('dialog') ? 'dialog' : a.outerHTML.slice(0, 80);
		});
		expect(['dialog', 'body']).toContain(where);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(open).toBeFocused();

	// The snippet, pasted into a page: the same layers, selection, paragraph and date, at its size.
	await page.setViewportSize({ width: 400, height: 640 });
	const frame = await openHost(page, '/from-dialog', snippet);
	expect(await frame.evaluate(() => [innerWidth, innerHeight])).toEqual([320, 480]);
	await expect(page.frameLocator('iframe').getByTestId('card-text')).toHaveText(paragraph(3));
	await expectPassageClear(frame, 'p3', { firstLoad: true });
	const restored = new URL(frame.url()).searchParams;
	for (const [k, v] of Object.entries(shared)) expect(restored.get(k), k).toBe(v);
	const full = new URL(
		(await page.frameLocator('iframe').getByTestId('full-article').getAttribute('href'))!,
		frame.url()
	);
	for (const [k, v] of Object.entries(shared)) expect(full.searchParams.get(k), `full article ${k}`).toBe(v);

	expect(watch.foreignRequests.filter((u) => !u.startsWith(hostOrigin))).toEqual([]);
	expect(watch.errors).toEqual([]);
});

// The smallest frame laid out for. Paragraph 3 spans Minsk to Almaty: at the map's lowest zoom its
// 175 px high map cannot hold all of it clear of the legend button, so this test asks only what a
// reader of so small a frame needs: the card's text, cut by the frame, says that more follows.
test('embedded at 300×300: the card says more of the paragraph follows until it is scrolled to its end', async ({
	page,
	watch,
	baseURL
}) => {
	await page.setViewportSize({ width: 332, height: 420 });
	const frame = await openHost(
		page,
		'/story-300',
		`<iframe src="${baseURL}/embed?p=p3" width="300" height="300" title="Map" sandbox="${EMBED_SANDBOX}" style="border:0"></iframe>`
	);
	const inFrame = page.frameLocator('iframe');
	const text = inFrame.getByTestId('card-text');
	await expect(text).toHaveText(paragraph(3));
	expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight + 2), 'the text overflows').toBe(true);
	const more = inFrame.getByTestId('card-more');
	await expect(more).toBeVisible();
	// The cue sits at the text's bottom edge, inside the frame.
	const [cue, box] = await Promise.all([more.boundingBox(), text.boundingBox()]);
	expect(Math.abs(cue!.y + cue!.height - (box!.y + box!.height))).toBeLessThan(2);
	await text.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
	await expect(more).toBeHidden();
	// Next paragraph: the text starts at its top again, and the cue is back if it overflows too.
	await inFrame.getByTestId('card-next').click();
	await expect(text).toHaveText(paragraph(4));
	expect(await text.evaluate((el) => el.scrollTop)).toBe(0);
	const overflows = await text.evaluate((el) => el.scrollHeight > el.clientHeight + 2);
	await expect(more).toBeVisible({ visible: overflows });
	expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	expect(watch.errors).toEqual([]);
});

/** Two boxes overlap (by more than a hairline: borders may touch). */
const overlaps = (a: Box, b: Box) =>
	Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
	Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
type Box = { x: number; y: number; width: number; height: number };

for (const [width, height] of [
	[300, 300],
	[320, 480],
	[400, 300],
	[600, 300],
	[1000, 300],
	[1200, 700]
] as const)
	test(`embedded at ${width}×${height}, legend folded and open: the card, the legend, the beyond line and the controls keep clear of each other, and the card's text can be read`, async ({
		page,
		watch
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/embed?l=regions,csto&p=p3&d=2022-01-06');
		await waitForMap(page);
		const toggle = page.getByTestId('embed-legend').getByRole('button', { name: 'Legend' });
		for (const open of [false, true]) {
			if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
			const layout = await page.evaluate(() => {
				const box = (el: Element | null) => {
					if (!el) return null;
					const r = el.getBoundingClientRect();
					return r.width && r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
				};
				const q = (sel: string) => document.querySelector(sel);
				// What a click at the element's middle reaches: the element itself, or something over it.
				const reachable = (el: Element | null) => {
					const b = box(el);
					if (!el || !b) return false;
					const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
					return !!hit && (hit === el || el.contains(hit));
				};
				const text = q('[data-testid="card-text"]') as HTMLElement | null;
				const controls = {
					prev: q('[data-testid="card-prev"]'),
					next: q('[data-testid="card-next"]'),
					fullArticle: q('[data-testid="full-article"]'),
					credits: q('[data-testid="embed-credits"] summary'),
					legendToggle: q('[data-testid="embed-legend"] button'),
					zoom: q('.maplibregl-ctrl-top-right .maplibregl-ctrl-group')
				};
				return {
					card: box(q('[data-testid="passage-card"]')),
					legend: box(q('[data-testid="embed-legend"]')),
					beyond: box(q('[data-testid="beyond"]')),
					zoom: box(controls.zoom),
					controls: Object.fromEntries(
						Object.entries(controls).map(([k, el]) => [k, { box: box(el), reachable: reachable(el) }])
					),
					text: text && {
						box: box(text),
						reachable: reachable(text),
						lines: text.clientHeight / parseFloat(getComputedStyle(text).lineHeight),
						scrolls: text.scrollHeight <= text.clientHeight + 2 || getComputedStyle(text).overflowY === 'auto'
					}
				};
			});
			const where = `${width}×${height}, legend ${open ? 'open' : 'folded'}`;
			const { card, legend, beyond, zoom } = layout;
			expect(card, `${where}: the card is laid out`).not.toBeNull();
			expect(legend, `${where}: the legend is laid out`).not.toBeNull();
			expect(overlaps(card!, legend!), `${where}: card and legend overlap`).toBe(false);
			if (zoom) {
				expect(overlaps(card!, zoom), `${where}: card and zoom buttons overlap`).toBe(false);
				expect(overlaps(legend!, zoom), `${where}: legend and zoom buttons overlap`).toBe(false);
			}
			if (beyond)
				for (const [name, other] of Object.entries({ card, legend, zoom }))
					if (other)
						expect(overlaps(beyond, other), `${where}: the beyond line and the ${name} overlap`).toBe(false);
			for (const [name, c] of Object.entries(layout.controls)) {
				expect(c.box, `${where}: ${name} is laid out`).not.toBeNull();
				expect(c.box!.x >= 0 && c.box!.y >= 0, `${where}: ${name} inside the frame`).toBe(true);
				expect(
					c.box!.x + c.box!.width <= width && c.box!.y + c.box!.height <= height,
					`${where}: ${name} inside the frame`
				).toBe(true);
				expect(c.reachable, `${where}: ${name} is not covered`).toBe(true);
			}
			// The text: at least two lines in view, not covered, scrolling for the rest.
			expect(layout.text, `${where}: the card shows the paragraph`).not.toBeNull();
			expect(layout.text!.lines, `${where}: lines of text in view`).toBeGreaterThanOrEqual(1.9);
			expect(
				layout.text!.box!.y + layout.text!.box!.height <= height,
				`${where}: the text inside the frame`
			).toBe(true);
			expect(layout.text!.reachable, `${where}: the text is not covered`).toBe(true);
			expect(layout.text!.scrolls, `${where}: the rest of the text scrolls`).toBe(true);
		}
		expect(watch.errors).toEqual([]);
	});
