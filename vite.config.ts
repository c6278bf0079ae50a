import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { geodataPack } from './vite-plugin-geodata';

/**
 * Variant builds (KZ_BUILD, see svelte.config.js) take the registry's extra datasets from their own
 * module instead of the empty src/lib/datasets/extra.ts: the registry test's fixture dataset, or the
 * scale benchmark's synthetic points.
 */
const EXTRA: Record<string, string> = {
	fixture: './e2e/fixtures/registry/extra.ts',
	scale: './scripts/bench/scale/extra.ts'
};
function variantRegistry(): Plugin {
	const variant = process.env.KZ_BUILD;
	if (variant && !EXTRA[variant])
		throw new Error(`KZ_BUILD=${variant}: not one of ${Object.keys(EXTRA).join(', ')}`);
	const extra = variant ? fileURLToPath(new URL(EXTRA[variant]!, import.meta.url)) : null;
	return {
		name: 'variant-registry',
		enforce: 'pre',
		resolveId(source, importer) {
			if (extra && source === './extra' && importer?.endsWith('/src/lib/datasets/index.ts')) return extra;
		}
	};
}

export default defineConfig({
	plugins: [variantRegistry(), geodataPack(), sveltekit()],
	// Pre-bundling rewrites maplibre-gl's module URL, which breaks the relative worker path in dev.
	optimizeDeps: { exclude: ['maplibre-gl'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
