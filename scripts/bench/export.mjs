// Export timings in headless Chromium: `node scripts/bench/export.mjs [baseURL] [outDir]` against a
// running `vite preview`. Drives the real dialog and saves each file, so the images can be looked at.
// RUNS is a JSON list of [preset, format(, width, height)]; format is the dialog's value (png, jpeg,
// pdf, vpdf, svg). Each run prints the export's own time (`ms`, runExport start to blob) and the time
// from the click on Export to the download; a run listed more than once gets a median and range.
import { chromium } from '@playwright/test';
import { mkdirSync, statSync } from 'node:fs';
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
// The dialog's radio labels: the format's upper-case name, the vector PDF's its own.
const radioName = (format) => (format === 'vpdf' ? 'PDF (vector)' : format.toUpperCase());
const extension = (format) => (format === 'jpeg' ? 'jpg' : format === 'vpdf' ? 'vector.pdf' : format);
const results = new Map();
for (const [preset, format, w, h] of runs) {
	await page.getByTestId('export-size').selectOption(preset);
	if (preset === 'custom') {
		await page.getByLabel('Width (px)').fill(String(w));
		await page.getByLabel('Height (px)').fill(String(h));
	}
	await page.getByRole('radio', { name: radioName(format), exact: true }).check();
	const download = page.waitForEvent('download', { timeout: 600_000 });
	const t0 = Date.now();
	await page.getByTestId('export-go').click();
	const d = await Promise.race([download, page.getByText(/Export failed/).waitFor({ timeout: 600_000 })]);
	const clickMs = Date.now() - t0;
	if (!d) {
		console.log(preset, format, await page.getByTestId('export-status').textContent());
		continue;
	}
	const file = `${out}/${preset}${w ? `-${w}x${h}` : ''}${process.env.PASSAGE ? `-${process.env.PASSAGE}` : ''}.${extension(format)}`;
	await d.saveAs(file);
	const bytes = statSync(file).size;
	const info = await page.evaluate(() => window.__lastExport);
	console.log(
		`${preset} ${format}: ${info.width}×${info.height}, ${info.tiles} tile(s), ${info.ms} ms, click to download ${clickMs} ms, ${bytes} bytes → ${file}`
	);
	const key = `${preset}${w ? ` ${w}×${h}` : ''} ${format}`;
	if (!results.has(key)) results.set(key, []);
	results.get(key).push({ ms: info.ms, clickMs, bytes });
}
await browser.close();

const median = (v) => {
	const s = [...v].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (v) => `${Math.min(...v)}–${Math.max(...v)}`;
for (const [key, r] of results) {
	if (r.length < 2) continue;
	const col = (k) => `${median(r.map((x) => x[k]))} (${range(r.map((x) => x[k]))})`;
	console.log(
		`${key}, ${r.length} runs, median (range): click to download ${col('clickMs')} ms, export ${col('ms')} ms, ${col('bytes')} bytes`
	);
}
