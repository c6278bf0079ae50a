// Screenshots of the search box: `node scripts/shot-search.mjs URL query out-prefix [width] [height]`.
// Writes <out-prefix>-list.png (the query typed, the list open) and <out-prefix>-chosen.png (the first
// result chosen, the map moved and the details open). Waits on the app's own signals, never on delays.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './lib/chromium.mjs';

const [url = 'http://localhost:4173/', query = 'Uralsk', out = 'search', w = '1400', h = '900'] =
	process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
const box = page.getByRole('combobox');
await box.fill(query);
await page.getByRole('option').first().waitFor();
await page.keyboard.press('ArrowDown');
await page.screenshot({ path: `${out}-list.png` });
await page.keyboard.press('Enter');
await page.locator('[data-testid="details"], [data-testid="place-details"]').first().waitFor();
await page.waitForFunction(() => !window.__map.isMoving(), null, { timeout: 30_000 });
await page.evaluate(() => new Promise((r) => window.__map.once('idle', r) && window.__map.triggerRepaint()));
await page.screenshot({ path: `${out}-chosen.png` });
await browser.close();
