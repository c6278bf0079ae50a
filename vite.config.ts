import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { geodataPack } from './vite-plugin-geodata';

/**
 * In the fixture build (KZ_FIXTURE=1), the registry's extra datasets come from
 * e2e/fixtures/registry/extra.ts instead of the empty src/lib/datasets/extra.ts.
 */
function fixtureRegistry(): Plugin {
	const fixture = fileURLToPath(new URL('./e2e/fixtures/registry/extra.ts', import.meta.url));
	return {
		name: 'fixture-registry',
		enforce: 'pre',
		resolveId(source, importer) {
			if (process.env.KZ_FIXTURE && source === './extra' && importer?.endsWith('/src/lib/datasets/index.ts'))
				return fixture;
		}
	};
}

export default defineConfig({
	plugins: [fixtureRegistry(), geodataPack(), sveltekit()],
	// Pre-bundling rewrites maplibre-gl's module URL, which breaks the relative worker path in dev.
	optimizeDeps: { exclude: ['maplibre-gl'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
