// The export dialog's preview: how long from a change of size, layout or option to the preview drawn
// (goal: on screen within 0.5 s, issue 19.4). A benchmark, not a timed test: the machine's load
// moves these numbers. `node scripts/bench/preview.mjs [baseURL]` against a running `vite preview`;
// ROUNDS (default 5) passes over the changes below. Prints each change's median and maximum, from the
// change to the preview drawn, and the median of the drawing alone.
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/chromium.mjs';

const [base = 'http://localhost:4173/'] = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 5);
const GOAL_MS = 500;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(base);
// Once the world around the detail is drawn too (it is added after data-ready): before that the
// live map's own work shares the main thread with the dialog.
await page.locator('[data-testid="map"][data-late="true"]').waitFor({ timeout: 120_000 });
await page.getByTestId('export-open').click();
const preview = page.getByTestId('export-preview');
await preview.and(page.locator(':not([data-drawn="0"])')).waitFor({ timeout: 60_000 });

/**
 * One change made in the page (so no round trip of the test driver is timed): from the input event to
 * the preview's `export:preview` mark, set when its canvas is drawn. Not to the next animation frame:
 * headless Chromium produced frames here irregularly (rAF waited up to seconds with the dialog
 * open and nothing animating), which timed the browser's frame scheduling, not the app. A browser
 * with a display paints the canvas on its next frame, 16 ms later.
 */
const timed = (change) =>
	page.evaluate(
		(change) =>
			new Promise((resolve, reject) => {
				const canvas = document.querySelector('[data-testid="export-preview"]');
				const before = canvas.dataset.drawn;
				const dialog = document.querySelector('dialog.export');
				const t0 = performance.now();
				if (change.select) {
					const select = dialog.querySelector('[data-testid="export-size"]');
					select.value = change.select;
					select.dispatchEvent(new Event('change', { bubbles: true }));
				} else {
					const box = [...dialog.querySelectorAll('label')].find(
						(l) => l.textContent.trim() === change.toggle
					);
					box.querySelector('input').click();
				}
				const poll = () => {
					if (canvas.dataset.drawn !== before) {
						const mark = performance.getEntriesByName('export:preview').at(-1);
						resolve({ ms: mark.startTime - t0, draw: window.__lastPreview.ms });
					} else if (performance.now() - t0 > 10_000)
						reject(new Error(`no redraw after ${JSON.stringify(change)}`));
					else setTimeout(poll, 2);
				};
				poll();
			}),
		change
	);

const changes = [
	{ name: 'size → A4 portrait (layout flips)', select: 'a4-portrait-150' },
	{ name: 'size → 1920 × 1080 (landscape)', select: 'slide-1080' },
	{ name: 'size → A3 landscape 300 dpi', select: 'a3-landscape-300' },
	{ name: 'legend off', toggle: 'Legend' },
	{ name: 'legend on', toggle: 'Legend' },
	{ name: 'data sources off', toggle: 'Data sources' },
	{ name: 'data sources on', toggle: 'Data sources' },
	{ name: 'size → 1920 × 1080 again', select: 'slide-1080' }
];
const times = new Map(changes.map((c) => [c.name, []]));
const draws = new Map(changes.map((c) => [c.name, []]));
for (let r = 0; r < rounds; r++)
	for (const c of changes) {
		// The last change of a round returns to the size the next one starts from: skip a no-op select.
		const current = await page.getByTestId('export-size').inputValue();
		if (c.select && c.select === current) continue;
		const t = await timed(c);
		times.get(c.name).push(t.ms);
		draws.get(c.name).push(t.draw);
	}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
let worstMedian = 0;
let worst = 0;
for (const [name, ms] of times) {
	if (ms.length === 0) continue;
	worstMedian = Math.max(worstMedian, median(ms));
	worst = Math.max(worst, ...ms);
	const line = [
		name.padEnd(36),
		`median ${median(ms).toFixed(0).padStart(4)} ms,`,
		`max ${Math.max(...ms)
			.toFixed(0)
			.padStart(4)} ms;`,
		`drawing alone: median ${median(draws.get(name)).toFixed(0)} ms; runs: ${ms.map((m) => m.toFixed(0)).join(' ')}`
	];
	console.log(line.join(' '));
}
// Judged on each change's median: on this shared 2-core machine a single update can wait seconds for
// the CPU (the load average is printed); the maximum is printed beside it, not hidden.
const pass = worstMedian <= GOAL_MS;
console.log(
	`${pass ? 'PASS' : 'FAIL'} preview update ≤ ${GOAL_MS} ms (slowest change's median): ${worstMedian.toFixed(0)} ms; worst single update ${worst.toFixed(0)} ms; load average ${loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}`
);
await browser.close();
process.exitCode = pass ? 0 : 1;
