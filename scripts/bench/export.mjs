// Export timings in headless Chromium: `node scripts/bench/export.mjs [baseURL] [outDir]` against a
// running `vite preview`. Drives the real dialog and saves each file, so the images can be looked at.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/chromium.mjs';

const [base = 'http://localhost:4173/', out = '/tmp/exports'] = process.argv.slice(2);
const runs = JSON.parse(
	process.env.RUNS ??
		'[["slide-1080","png"],["a4-landscape-150","png"],["a4-landscape-300","png"],["a3-landscape-300","png"]]'
);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
page.on(
	'console',
	(m) => m.type() !== 'debug' && console.log(`[console.${m.type()}] ${m.text().slice(0, 300)}`)
);
await page.goto(base);
await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
// A passage makes the subtitle and the highlighted features part of the image.
if (process.env.PASSAGE) {
	const moved = page.evaluate(() => new Promise((r) => window.__map.once('moveend', r)));
	await page.getByTestId(`locate-${process.env.PASSAGE}`).click();
	await moved;
}
await page.getByTestId('export-open').click();
for (const [preset, format, w, h] of runs) {
	await page.getByTestId('export-size').selectOption(preset);
	if (preset === 'custom') {
		await page.getByLabel('Width (px)').fill(String(w));
		await page.getByLabel('Height (px)').fill(String(h));
	}
	await page.getByRole('radio', { name: format.toUpperCase(), exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 600_000 });
	await page.getByTestId('export-go').click();
	const d = await Promise.race([download, page.getByText(/Export failed/).waitFor({ timeout: 600_000 })]);
	if (!d) {
		console.log(preset, format, await page.getByTestId('export-status').textContent());
		continue;
	}
	const file = `${out}/${preset}${w ? `-${w}x${h}` : ''}${process.env.PASSAGE ? `-${process.env.PASSAGE}` : ''}.${format === 'jpeg' ? 'jpg' : format}`;
	await d.saveAs(file);
	const info = await page.evaluate(() => window.__lastExport);
	console.log(
		`${preset} ${format}: ${info.width}×${info.height}, ${info.tiles} tile(s), ${info.ms} ms, ${Math.round(info.bytes / 1024)} kB → ${file}`
	);
}
await browser.close();
