// Screenshot the running app in Firefox: `node scripts/shot-firefox.mjs URL out.png`.
// puppeteer-core over WebDriver BiDi (see scripts/lib/firefox.mjs); waits for the map's ready signal.
import puppeteer from 'puppeteer-core';
import { FIREFOX_ENV, FIREFOX_PREFS, firefoxPath } from './lib/firefox.mjs';

const [url = 'http://localhost:4173/', out = 'shot-firefox.png'] = process.argv.slice(2);
const browser = await puppeteer.launch({
	browser: 'firefox',
	executablePath: firefoxPath(),
	headless: true,
	extraPrefsFirefox: FIREFOX_PREFS,
	env: { ...process.env, ...FIREFOX_ENV },
	defaultViewport: null
});
const page = await browser.newPage();
page.on('pageerror', (e) => console.log(`[pageerror] ${e instanceof Error ? e.message : e}`));
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 120_000 });
console.log(
	`${await page.evaluate(() => `${innerWidth}×${innerHeight}`)} ready after ${Date.now() - t0} ms; ${await page.evaluate(() => navigator.userAgent)}`
);
await page.screenshot({ path: out });
await browser.close();
