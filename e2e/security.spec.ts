import { expect, test, waitForMap, screenPointOf, waitForMapSettled } from './fixtures';

// Inside North Kazakhstan region, away from labels and points.
const NORTH_KZ: [number, number] = [70.9, 53.75];

test('the app runs under its CSP with zero violations, and no request leaves the origin', async ({
	page,
	watch
}) => {
	// Recorded in the page from the first script on: every CSP violation the document reports.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	const consoleCsp: string[] = [];
	page.on('console', (m) => {
		if (m.text().includes('Content Security Policy')) consoleCsp.push(m.text());
	});

	await page.goto('/');
	await waitForMap(page);
	// A passage drives the map; wait until it has moved and drawn.
	await page.getByTestId('locate-p3').click();
	await expect(page.getByTestId('announcer')).toContainText('paragraph 3');
	await waitForMapSettled(page);
	// Back to the default view, then a region click opens its details.
	await page.getByTestId('locate-p1').click();
	await waitForMapSettled(page);
	const p = await screenPointOf(page, NORTH_KZ);
	await page.mouse.click(p.x, p.y);
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(/North Kazakhstan/);
	// Another feature's details, opened from the features list.
	const list = page.getByTestId('feature-list');
	await list.locator('summary').click();
	await list.locator('[data-id="csto-almaty-airport"]').click();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Almaty International Airport');

	expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	expect(consoleCsp).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the built page carries a strict CSP meta tag', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
	expect(meta, 'CSP meta tag in index.html').not.toBeNull();
	const directives = new Map(
		meta![1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values])
	);
	expect(meta![1]).not.toContain('unsafe-eval');
	expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	// MapLibre's worker is served from our own origin: no blob: or remote workers.
	expect(directives.get('worker-src')).toEqual(["'self'"]);
	expect(directives.get('connect-src')?.[0]).toBe("'self'");
	expect(directives.get('connect-src')?.filter((v) => /^(https?:|\*|wss?:)/.test(v))).toEqual([]);
});
