import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The fixture build (`npm run build:fixture`, e2e/registry.spec.ts) registers a fixture dataset; it
// builds beside the real site so both can be served in one test run.
const fixture = Boolean(process.env.KZ_FIXTURE);
const out = fixture ? 'build-fixture' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Prerendered to plain files so any static host (or `vite preview`) serves it offline.
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		outDir: fixture ? '.svelte-kit-fixture' : '.svelte-kit',
		csp: {
			// Hash mode: adapter-static emits a <meta> CSP. No 'unsafe-eval' anywhere; MapLibre's worker
			// is loaded from our own origin (setWorkerUrl), so worker-src needs no blob:.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'child-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
