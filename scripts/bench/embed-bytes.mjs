// `node scripts/bench/embed-bytes.mjs` (after `npm run build`): the first-view bytes of the embed
// against the article page, as `npm run bench` counts them — the HTML and every file requested before
// the map's `load` (User Timing mark 'map:load'), sizes of the built files compressed here with gzip -9
// (vite preview does not compress). One load per page is enough: the file list is the build's, not
// the machine's; EMBED_BENCH_RUNS loads check that it does not change. Port EMBED_BENCH_PORT (4180).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.EMBED_BENCH_PORT ?? 4180);
const runs = Number(process.env.EMBED_BENCH_RUNS ?? 2);
const origin = `http://localhost:${port}`;
const pages = { article: '/?p=p3', embed: '/embed?p=p3' };

const server = spawn(
	process.execPath,
	[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(port), '--strictPort'],
	{ cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
);
await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('Local') && resolve()));

const gz = (path) => {
	const file =
		path === '/' ? 'index.html' : path === '/embed' ? 'embed.html' : decodeURIComponent(path.slice(1));
	return gzipSync(readFileSync(join(root, 'build', file)), { level: 9 }).length;
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const out = {};
	for (const [name, path] of Object.entries(pages)) {
		const lists = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
			const page = await context.newPage();
			await page.goto(origin + path);
			await page.waitForFunction(() => performance.getEntriesByName('map:load').length > 0, null, {
				timeout: 90_000
			});
			lists.push(
				await page.evaluate(() => {
					const load = performance.getEntriesByName('map:load')[0].startTime;
					const files = performance
						.getEntriesByType('resource')
						.filter((r) => r.startTime < load && new URL(r.name).origin === location.origin)
						.map((r) => new URL(r.name).pathname);
					return [location.pathname, ...new Set(files)].sort();
				})
			);
			await context.close();
		}
		const files = lists[0];
		const same = lists.every((l) => l.join() === files.join());
		const js = files.filter((f) => /\.m?js$/.test(f));
		const sum = (fs) => fs.reduce((n, f) => n + gz(f), 0);
		out[name] = {
			files: files.length,
			jsFiles: js.length,
			jsGzip: sum(js),
			allGzip: sum(files),
			sameEveryRun: same
		};
	}
	const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
	for (const [name, r] of Object.entries(out))
		console.log(
			`${name.padEnd(8)} first view: ${r.files} files, JS ${r.jsFiles} files ${kB(r.jsGzip)} gzip, all ${kB(r.allGzip)} gzip${r.sameEveryRun ? '' : ' (file list changed between runs)'}`
		);
	console.log(
		`embed/article: JS ×${(out.embed.jsGzip / out.article.jsGzip).toFixed(2)} (${kB(out.article.jsGzip - out.embed.jsGzip)} less), all ×${(out.embed.allGzip / out.article.allGzip).toFixed(2)}`
	);
} finally {
	await browser.close();
	server.kill();
}
