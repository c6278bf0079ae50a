// Serves the scale build (build-scale/) as plain files, as `vite preview --config` of this file:
// SvelteKit's own preview serves .svelte-kit-scale/output instead.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export default defineConfig({
	root,
	logLevel: 'warn',
	build: { outDir: join(root, 'build-scale') },
	appType: 'mpa'
});
