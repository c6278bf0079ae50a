import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodataPack } from './vite-plugin-geodata';

export default defineConfig({
	plugins: [geodataPack(), sveltekit()],
	// Pre-bundling rewrites maplibre-gl's module URL, which breaks the relative worker path in dev.
	optimizeDeps: { exclude: ['maplibre-gl'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
