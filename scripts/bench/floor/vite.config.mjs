// `vite build --config scripts/bench/floor/vite.config.mjs`: the benchmark's floor page, built into
// scripts/bench/floor/build (git-ignored) with the same Vite and target as the app.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const basemap = join(here, '..', '..', '..', 'geodata', 'basemap', 'basemap.geojson');

/** Emits countries.geojson: the app's basemap features with layer === 'country', as they are. */
function countries() {
	return {
		name: 'floor-countries',
		generateBundle() {
			const fc = JSON.parse(readFileSync(basemap, 'utf8'));
			const features = fc.features.filter((f) => f.properties?.layer === 'country');
			this.emitFile({
				type: 'asset',
				fileName: 'countries.geojson',
				source: JSON.stringify({ type: 'FeatureCollection', features })
			});
		}
	};
}

export default defineConfig({
	root: here,
	base: './',
	logLevel: 'warn',
	plugins: [countries()],
	build: { outDir: join(here, 'build'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 3000 },
	preview: { strictPort: true }
});
