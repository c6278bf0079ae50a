// `npm run bench:scale`: the app with a synthetic point dataset of 1k, 10k and 100k features,
// registered like a real one (the KZ_BUILD=scale build, scripts/bench/scale/extra.ts), against the
// floor page drawing the same points as one bare deck.gl ScatterplotLayer (scripts/bench/floor,
// `?n=`), in the same run, alternating. Per size: time to data-ready, mean frame time during a
// scripted pan (20 steps of 15 px, each from the camera move to the frame that drew it), and pick latency
// (pointer onto a point from rest → the app's tooltip in the page / the floor's onHover; first and
// second time). Prints medians and app/floor ratios; the goal is ≤ 1.5× at every size. Writes
// bench-results/scale.json.
// The npm script builds the floor; this script builds the app once per size, since its points are a
// registered dataset file like any other. BENCH_SCALE_RUNS pairs per size (default 3).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/chromium.mjs';
import { SIZES, syntheticPoints } from './scale/points.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const SIZES_RUN = process.env.BENCH_SCALE_SIZES
	? process.env.BENCH_SCALE_SIZES.split(',').map(Number)
	: SIZES;
const targets = {
	app: {
		dir: join(root, 'build-scale'),
		port: 4180,
		config: ['--config', 'scripts/bench/scale/vite.config.mjs'],
		env: {}
	},
	floor: {
		dir: join(root, 'scripts', 'bench', 'floor', 'build'),
		port: 4181,
		config: ['--config', 'scripts/bench/floor/vite.config.mjs'],
		env: {}
	}
};
for (const t of Object.values(targets)) t.origin = `http://localhost:${t.port}`;
const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
	if (!s.length) return null;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Writes size n's points for both pages: the floor reads them at `scale/points-<n>.geojson` of its
 * build; the app imports scripts/bench/scale/points.geojson, so its build follows (buildApp).
 */
function writePoints(n) {
	const json = JSON.stringify(syntheticPoints(n));
	writeFileSync(join(root, 'scripts', 'bench', 'scale', 'points.geojson'), json);
	const floorDir = join(targets.floor.dir, 'scale');
	mkdirSync(floorDir, { recursive: true });
	writeFileSync(join(floorDir, `points-${n}.geojson`), json);
}

/** The KZ_BUILD=scale build, with this size's points registered, validated and digested as shipped files are. */
function buildApp() {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const sync = join(root, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js');
	for (const args of [
		[sync, 'sync'],
		[vite, 'build', '--logLevel', 'error']
	]) {
		const r = spawnSync(process.execPath, args, {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, KZ_BUILD: 'scale' }
		});
		// Quiet unless it fails (sync warns that tsconfig.json extends the main build's, not this one's).
		if (r.status !== 0)
			throw new Error(`KZ_BUILD=scale ${args.slice(1).join(' ')} failed (${r.status}):\n${r.stderr}`);
	}
}

async function startServer(t) {
	if (!existsSync(join(t.dir, 'index.html')))
		throw new Error(`${t.dir} is not built: run \`npm run bench:scale\``);
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const server = spawn(
		process.execPath,
		[vite, 'preview', ...t.config, '--port', String(t.port), '--strictPort'],
		{
			cwd: root,
			stdio: 'ignore',
			env: { ...process.env, ...t.env }
		}
	);
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(t.origin + '/')).ok) return server;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`vite preview on ${t.port} did not start`);
}

function probe() {
	const bench = { ready: null, picked: null };
	window.__bench = bench;
	new MutationObserver(() => {
		if (bench.ready === null && document.querySelector('[data-testid="map"][data-ready="true"]'))
			bench.ready = performance.now();
		// The app's pick: its tooltip names a synthetic point, and another one than before the move. The
		// start of the move may already hover a region or, at 10k and more, another point: the tooltip
		// is then on the page and only its text changes (so text changes are observed too).
		if (bench.armed && bench.picked === null) {
			const text = document.querySelector('[data-testid="tooltip"]')?.textContent ?? '';
			if (text.includes('Synthetic point') && text !== bench.before) bench.picked = performance.now();
		}
	}).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
}

async function measureOnce(browser, name, n) {
	const t = targets[name];
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	await context.addInitScript(probe);
	const page = await context.newPage();
	const run = { ready: null, frameMs: null, pickMs: null, warmPickMs: null, error: null };
	// Which step a timeout hit, so an error line says what did not finish.
	let step = 'ready';
	try {
		await page.goto(`${t.origin}/?n=${n}`);
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 300_000 });
		run.ready = await page.evaluate(() => window.__bench.ready);
		step = 'settle';
		await page.waitForFunction(() => !window.__map.isMoving(), null, { timeout: 60_000 });
		// A scripted pan: 20 steps of 15 px; each step's time from the camera move to the end of the
		// frame that drew it (the next animation frame after MapLibre's render), averaged.
		step = 'pan';
		run.frameMs = await page.evaluate(async () => {
			const map = window.__map;
			const steps = [];
			for (let i = 0; i < 20; i++) {
				const t0 = performance.now();
				const drawn = new Promise((r) => map.once('render', () => requestAnimationFrame(r)));
				map.panBy([15, 0], { duration: 0 });
				await drawn;
				steps.push(performance.now() - t0);
			}
			return steps.reduce((a, b) => a + b, 0) / steps.length;
		});
		step = 'settle after pan';
		await page.waitForFunction(() => !window.__map.isMoving(), null, { timeout: 60_000 });
		step = 'find a point';
		// Pick latency: the pointer onto the first point clear of panels from 200 px up-left of it, with the page
		// at rest, timed from the page's own pointermove to the pick reaching the page (tooltip / onHover).
		// The points' positions come from here: the app's file has a hashed name, like any built dataset.
		const positions = syntheticPoints(n).features.map((f) => f.geometry.coordinates);
		const at = await page.evaluate(async (positions) => {
			const map = window.__map;
			const box = map.getContainer().getBoundingClientRect();
			// Both the point and the start of the move must be on the map's canvas, not under a panel: at
			// 10k the first point in view lay under the layers panel and no pick could ever happen.
			const onCanvas = (x, y) => document.elementFromPoint(x, y) === map.getCanvas();
			const inView = positions.find((position) => {
				const p = map.project(position);
				const x = box.left + p.x;
				const y = box.top + p.y;
				return onCanvas(x, y) && onCanvas(x - 200, y - 200);
			});
			if (!inView) throw new Error('no point in view clear of the panels');
			const p = map.project(inView);
			return { x: box.left + p.x, y: box.top + p.y };
		}, positions);
		// From rest: the move off the point may hover a region (the app highlights it and redraws), and a
		// pick queued behind that frame would time the redraw, not the pick. Wait for 300 ms without a frame.
		const rest = () =>
			page.evaluate(
				() =>
					new Promise((resolve, reject) => {
						const map = window.__map;
						let last = performance.now();
						const mark = () => (last = performance.now());
						map.on('render', mark);
						const start = performance.now();
						const tick = () => {
							const now = performance.now();
							if (now - last > 300) {
								map.off('render', mark);
								resolve();
							} else if (now - start > 60_000) reject(new Error('the map never came to rest'));
							else requestAnimationFrame(tick);
						};
						requestAnimationFrame(tick);
					})
			);
		const timedPick = async () => {
			await page.mouse.move(at.x - 200, at.y - 200);
			await rest();
			await page.evaluate(() => {
				window.__bench.picked = null;
				window.__bench.before = document.querySelector('[data-testid="tooltip"]')?.textContent ?? '';
				window.__bench.armed = true;
				window.__bench.moved = null;
				window.addEventListener('pointermove', () => (window.__bench.moved ??= performance.now()), {
					capture: true,
					once: true
				});
			});
			await page.mouse.move(at.x, at.y);
			await page.waitForFunction(() => window.__bench.picked !== null, null, { timeout: 60_000 });
			return page.evaluate(() => window.__bench.picked - window.__bench.moved);
		};
		// The first pick of a layer links its picking shaders (in software WebGL, ~0.1 s per layer type
		// the pick draws); the second, off the point and back, is what every later hover costs.
		step = 'first pick';
		run.pickMs = await timedPick();
		step = 'second pick';
		run.warmPickMs = await timedPick();
	} catch (err) {
		run.error = `${name} ${step}: ${String(err).split('\n')[0]}`;
	}
	await context.close();
	return run;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const servers = new Set();
const serve = async (t) => {
	const s = await startServer(t);
	servers.add(s);
	return s;
};
try {
	await serve(targets.floor);
	const results = {};
	for (const n of SIZES_RUN) {
		writePoints(n);
		buildApp();
		const app = await serve(targets.app);
		const runs = { app: [], floor: [] };
		for (let i = 0; i < RUNS; i++) {
			const order = i % 2 ? ['floor', 'app'] : ['app', 'floor'];
			for (const name of order) runs[name].push(await measureOnce(browser, name, n));
		}
		app.kill();
		servers.delete(app);
		await new Promise((r) => app.once('exit', r));
		const m = (name, key) => median(runs[name].map((r) => r[key]));
		const row = {};
		for (const key of ['ready', 'frameMs', 'pickMs', 'warmPickMs']) {
			const app = m('app', key);
			const floor = m('floor', key);
			row[key] = { app, floor, ratio: app !== null && floor ? app / floor : null };
		}
		row.errors = [...runs.app, ...runs.floor].map((r) => r.error).filter(Boolean);
		results[n] = row;
		const f = (x) => (x === null ? '—' : x.toFixed(0));
		const r = (x) => (x === null ? '—' : `×${x.toFixed(2)}`);
		console.log(
			`${String(n).padStart(6)} points  ready ${f(row.ready.app)} / ${f(row.ready.floor)} ms ${r(row.ready.ratio)}` +
				`   frame ${f(row.frameMs.app)} / ${f(row.frameMs.floor)} ms ${r(row.frameMs.ratio)}` +
				`   pick ${f(row.pickMs.app)} / ${f(row.pickMs.floor)} ms ${r(row.pickMs.ratio)}` +
				`   second pick ${f(row.warmPickMs.app)} / ${f(row.warmPickMs.floor)} ms ${r(row.warmPickMs.ratio)}` +
				(row.errors.length ? `   errors: ${row.errors.join('; ')}` : '')
		);
	}
	mkdirSync(join(root, 'bench-results'), { recursive: true });
	writeFileSync(
		join(root, 'bench-results', 'scale.json'),
		JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)
	);
	console.log('app / floor medians (goal ≤ ×1.5 each); bench-results/scale.json');
} finally {
	await browser.close();
	for (const s of servers) s.kill();
}
