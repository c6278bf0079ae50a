import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Variant builds register extra datasets (vite.config.ts): KZ_BUILD=fixture (`npm run build:fixture`,
// e2e/registry.spec.ts) and KZ_BUILD=scale (`npm run bench:scale`). Each builds beside the real site,
// into build-<variant>, so they can be served side by side.
const variant = process.env.KZ_BUILD;
const out = variant ? `build-${variant}` : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Prerendered to plain files so any static host (or `vite preview`) serves it offline.
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		outDir: variant ? `.svelte-kit-${variant}` : '.svelte-kit',
		prerender: {
			// /[slug] and /embed/[slug] serve the articles other than the home one; a build with only the
			// home article has none to prerender there, and that is no error. Any other unseen route still is.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((r) => r !== '/[slug]' && r !== '/embed/[slug]')) throw new Error(message);
			}
		},
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
