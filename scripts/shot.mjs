// Screenshot the running app: `node scripts/shot.mjs URL out.png [width] [height] [click-selector]`.
// Waits for the map's ready signal (and, after a click, for the map to stop moving), never for a fixed delay.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './lib/chromium.mjs';

const [url = 'http://localhost:4173/', out = 'shot.png', w = '1400', h = '900', click] =
	process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
const t0 = Date.now();
await page.goto(url);
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
console.log(`ready after ${Date.now() - t0} ms`);
if (click) {
	await page.locator(click).click();
	await page.waitForFunction(() => !window.__map.isMoving(), null, { timeout: 30_000 });
}
await page.evaluate(() => new Promise((r) => window.__map.once('idle', r) && window.__map.triggerRepaint()));
await page.screenshot({ path: out });
await browser.close();
