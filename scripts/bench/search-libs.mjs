// The measurement behind docs/decisions/search-library.md: MiniSearch, FlexSearch and Fuse.js on
// 10,000 seeded synthetic place names, in Node: index build time, time per query (exact words,
// 4-letter prefixes, words with one or two letters changed), whether the exact word comes first and
// whether a typo still finds its place in the top 8; and each library's size, minified and gzipped,
// bundled as the app would import it, with a check for eval/Function (the CSP forbids both).
// Only MiniSearch is a dependency; for the others, once:
//   npm i --no-save flexsearch@0.8.212 fuse.js@7.5.0 esbuild && node scripts/bench/search-libs.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { Index, Charset } from 'flexsearch';
import Fuse from 'fuse.js';
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const SYL = [
	'ka',
	'za',
	'kh',
	'sta',
	'an',
	'ta',
	'ra',
	'ur',
	'al',
	'ma',
	'ty',
	'ak',
	'to',
	'be',
	'sh',
	'ym',
	'ke',
	'nt',
	'or',
	'da',
	'kyz',
	'yl',
	'pa',
	'vl',
	'od',
	'ar',
	'se',
	'mey',
	'os',
	'ke',
	'men',
	'at',
	'au',
	'ek',
	'ib',
	'as',
	'tuz',
	'zh',
	'ana',
	'oz',
	'en'
];
const word = () => {
	let w = '';
	const n = 2 + Math.floor(rnd() * 3);
	for (let i = 0; i < n; i++) w += SYL[Math.floor(rnd() * SYL.length)];
	return w;
};
const names = Array.from({ length: 10000 }, (_, i) => ({
	id: i,
	key: rnd() < 0.3 ? `${word()} ${word()}` : word()
}));
const typo = (w, k) => {
	let s = w.split('');
	for (let j = 0; j < k; j++) {
		const p = 1 + Math.floor(rnd() * (s.length - 2));
		s[p] = s[p] === 'a' ? 'e' : 'a';
	}
	return s.join('');
};
const targets = Array.from({ length: 300 }, () => names[Math.floor(rnd() * names.length)]);
const queries = targets.map((t, i) => {
	const w = t.key.split(' ')[0];
	return i % 3 === 0
		? { q: w, t }
		: i % 3 === 1
			? { q: w.slice(0, 4), t }
			: { q: typo(w, w.length > 6 ? 2 : 1), t };
});
function bench(label, build, search) {
	let t0 = performance.now();
	const ix = build();
	const buildMs = performance.now() - t0;
	const times = [];
	let hit = 0,
		typoHit = 0,
		typoN = 0;
	for (let r = 0; r < 3; r++)
		for (const [i, { q, t }] of queries.entries()) {
			const a = performance.now();
			const res = search(ix, q);
			times.push(performance.now() - a);
			if (r === 0 && i % 3 === 2) {
				typoN++;
				if (res.slice(0, 8).some((id) => id === t.id)) typoHit++;
			}
			if (r === 0 && i % 3 === 0 && res[0] !== undefined && names[res[0]].key.split(' ')[0] === q) hit++;
		}
	times.sort((x, y) => x - y);
	const mean = times.reduce((s, x) => s + x, 0) / times.length;
	console.log(
		`${label}: build ${buildMs.toFixed(0)} ms; per query mean ${mean.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms; exact first ${hit}/100; typo in top 8 ${typoHit}/${typoN}`
	);
}
const fuzzy = (term) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2);
bench(
	'MiniSearch 7.2.0',
	() => {
		const m = new MiniSearch({ fields: ['key'], storeFields: [] });
		m.addAll(names);
		return m;
	},
	(m, q) =>
		m
			.search(q, { prefix: true, fuzzy, maxFuzzy: 2 })
			.slice(0, 8)
			.map((r) => r.id)
);
bench(
	'FlexSearch 0.8.212 (LatinAdvanced)',
	() => {
		const f = new Index({ tokenize: 'forward', encoder: Charset.LatinAdvanced });
		for (const n of names) f.add(n.id, n.key);
		return f;
	},
	(f, q) => f.search(q, { limit: 8, suggest: true })
);
bench(
	'Fuse.js 7.5.0 (threshold 0.34)',
	() => new Fuse(names, { keys: ['key'], threshold: 0.34, ignoreLocation: true }),
	(f, q) => f.search(q, { limit: 8 }).map((r) => r.item.id)
);

const entries = {
	MiniSearch: "import MiniSearch from 'minisearch'; globalThis.x = MiniSearch;",
	FlexSearch: "import { Index, Document } from 'flexsearch'; globalThis.x = [Index, Document];",
	'Fuse.js': "import Fuse from 'fuse.js'; globalThis.x = Fuse;"
};
for (const [name, contents] of Object.entries(entries)) {
	const r = await build({
		stdin: { contents, resolveDir: process.cwd() },
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		platform: 'browser'
	});
	const code = r.outputFiles[0].contents;
	const text = new TextDecoder().decode(code);
	console.log(
		`${name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip -9; eval or Function(): ${/\beval\(|\bFunction\(/.test(text)}`
	);
}
