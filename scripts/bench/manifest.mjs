// What the app's build manifest says about deck.gl: which chunks are deck.gl's, and which chunks the
// page loads before any dynamic import (the entries' static imports: the critical path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = /deck\.gl|luma\.gl/;

function readManifest(root) {
	return JSON.parse(
		readFileSync(join(root, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), 'utf8')
	);
}

function closure(manifest, keys) {
	const seen = new Set();
	const stack = [...keys];
	while (stack.length) {
		const key = stack.pop();
		if (seen.has(key) || !manifest[key]) continue;
		seen.add(key);
		stack.push(...(manifest[key].imports ?? []));
	}
	return seen;
}

const entryKeys = (manifest) => Object.keys(manifest).filter((k) => manifest[k].isEntry);

/** Files (relative to build/) that the entries import statically: fetched before the page runs. */
export function staticClosure(root) {
	const manifest = readManifest(root);
	return new Set([...closure(manifest, entryKeys(manifest))].map((k) => manifest[k].file));
}

/**
 * deck.gl's own chunks: what its dynamic entries (@deck.gl/*, @luma.gl/*) import, less what the
 * entries share with them (the bundler's runtime helpers).
 */
export function deckFiles(root) {
	const manifest = readManifest(root);
	const shared = closure(manifest, entryKeys(manifest));
	const deckKeys = Object.keys(manifest).filter(
		(k) => /@(deck|luma)\.gl\//.test(k) && manifest[k].isDynamicEntry
	);
	return [...closure(manifest, deckKeys)].filter((k) => !shared.has(k)).map((k) => manifest[k].file);
}

/** Files among the entries' static imports whose code mentions deck.gl or luma.gl. */
export function deckInStaticImports(root) {
	return [...staticClosure(root)].filter((f) => MARKER.test(readFileSync(join(root, 'build', f), 'utf8')));
}
