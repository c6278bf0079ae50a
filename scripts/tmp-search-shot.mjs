import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './lib/chromium.mjs';
const [query, out, choose] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto('http://localhost:4400/');
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 300_000 });
const box = page.getByRole('combobox');
await box.click();
await page.locator('[data-testid="search"][data-ready="true"]').waitFor();
await box.fill(query);
await page.getByRole('option').first().waitFor();
console.log((await page.getByRole('option').allTextContents()).slice(0, 5).join(' | '));
if (choose) {
  await box.press('Enter');
  await page.waitForTimeout(500);
  await page.waitForFunction(() => !window.__map.isMoving());
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor();
}
await page.screenshot({ path: out });
await browser.close();
