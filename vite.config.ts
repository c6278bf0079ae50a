import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { geodataPack } from './vite-plugin-geodata';

/**
 * Variant builds (KZ_BUILD, see svelte.config.js) take the registries' extras from their own modules
 * instead of the empty src/lib/datasets/extra.ts and src/lib/content/extra.ts: the registry test's
 * fixture dataset and second article, or the scale benchmark's synthetic points.
 */
const EXTRA: Record<string, Record<string, string>> = {
	fixture: {
		'/src/lib/datasets/index.ts': './e2e/fixtures/registry/extra.ts',
		'/src/lib/content/index.ts': './e2e/fixtures/articles/extra.ts'
	},
	scale: { '/src/lib/datasets/index.ts': './scripts/bench/scale/extra.ts' }
};
function variantRegistry(): Plugin {
	const variant = process.env.KZ_BUILD;
	const swaps = variant ? EXTRA[variant] : {};
	if (!swaps) throw new Error(`KZ_BUILD=${variant}: not one of ${Object.keys(EXTRA).join(', ')}`);
	return {
		name: 'variant-registry',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== './extra' || !importer) return;
			const swap = Object.entries(swaps).find(([suffix]) => importer.endsWith(suffix))?.[1];
			if (swap) return fileURLToPath(new URL(swap, import.meta.url));
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
