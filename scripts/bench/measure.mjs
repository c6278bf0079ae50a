// `npm run bench`: what the first view costs and how fast the map is ready, in headless Chromium.
// Builds nothing itself: run after `npm run build` (the npm script does both). Serves build/ with
// `vite preview`, loads the page N times in fresh contexts, records every response until the map's
// data-ready="true", and reports medians. Sizes are of the files as built, compressed here with
// gzip -9 and brotli (vite preview does not compress). Writes bench-results/latest.json.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4174;
const origin = `http://localhost:${PORT}`;

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kind = (path) =>
	/\.m?js$/.test(path)
		? 'js'
		: path.endsWith('.css')
			? 'css'
			: /\.(geo)?json$/.test(path)
				? 'data'
				: path.endsWith('.html') || path === '/'
					? 'html'
					: 'other';

function sizes(path) {
	const file = join(root, 'build', path === '/' ? 'index.html' : decodeURIComponent(path));
	const buf = readFileSync(file);
	return {
		raw: buf.length,
		gzip: gzipSync(buf, { level: 9 }).length,
		brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
	};
}

async function startServer() {
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		cwd: root,
		stdio: 'pipe'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(origin)).ok) return server;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error('vite preview did not start');
}

async function measureOnce(browser) {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await context.newPage();
	const paths = [];
	page.on('response', (r) => {
		const u = new URL(r.url());
		if (u.origin === origin && r.status() === 200) paths.push(u.pathname);
	});
	const t0 = Date.now();
	await page.goto(origin + '/');
	await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
	const ready = Date.now() - t0;
	// Map-reported timings, from the page's own clock (navigation start = 0).
	const nav = await page.evaluate(() => {
		const [n] = performance.getEntriesByType('navigation');
		return { domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) };
	});
	await context.close();
	return { ready, nav, paths: [...new Set(paths)] };
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	await measureOnce(browser); // warm-up: the OS file cache and Chromium's shader compiler
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser));
	const files = runs[0].paths.map((p) => ({ path: p, kind: kind(p), ...sizes(p) }));
	const totals = {};
	for (const f of files) {
		totals[f.kind] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 };
		for (const k of ['raw', 'gzip', 'brotli']) totals[f.kind][k] += f[k];
		totals[f.kind].files++;
	}
	const all = Object.values(totals).reduce(
		(a, t) => ({ raw: a.raw + t.raw, gzip: a.gzip + t.gzip, brotli: a.brotli + t.brotli }),
		{
			raw: 0,
			gzip: 0,
			brotli: 0
		}
	);
	const result = {
		date: new Date().toISOString(),
		runs: RUNS,
		firstView: { totals, all, files },
		timeToReadyMs: { median: median(runs.map((r) => r.ready)), all: runs.map((r) => r.ready) },
		domContentLoadedMs: median(runs.map((r) => r.nav.domContentLoaded))
	};
	mkdirSync(join(root, 'bench-results'), { recursive: true });
	writeFileSync(join(root, 'bench-results', 'latest.json'), JSON.stringify(result, null, 2));
	const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
	console.log(`First view (files loaded until data-ready), ${files.length} files:`);
	for (const [k, t] of Object.entries(totals))
		console.log(
			`  ${k.padEnd(5)} ${String(t.files).padStart(2)} files  raw ${kB(t.raw).padStart(9)}  gzip ${kB(t.gzip).padStart(9)}  brotli ${kB(t.brotli).padStart(9)}`
		);
	console.log(
		`  total          raw ${kB(all.raw).padStart(9)}  gzip ${kB(all.gzip).padStart(9)}  brotli ${kB(all.brotli).padStart(9)}`
	);
	console.log(
		`Time to data-ready (median of ${RUNS}): ${result.timeToReadyMs.median} ms  [${result.timeToReadyMs.all.join(', ')}]`
	);
	console.log(`DOMContentLoaded (median): ${result.domContentLoadedMs} ms`);
} finally {
	await browser.close();
	server.kill();
}
