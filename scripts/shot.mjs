// Screenshot the running app: `node scripts/shot.mjs URL out.png [width] [height]`.
// Waits for the map's ready signal, never for a fixed delay.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './lib/chromium.mjs';

const [url = 'http://localhost:4173/', out = 'shot.png', w = '1400', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
const t0 = Date.now();
await page.goto(url);
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
console.log(`ready after ${Date.now() - t0} ms`);
await page.screenshot({ path: out });
await browser.close();
