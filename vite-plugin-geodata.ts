// `import url from '…/regions.geojson?packed'`: the URL of the file packed as quantised TopoJSON
// (src/lib/geo/pack.ts), emitted as its own hashed asset at build and served from memory in dev.
// Only the files whose geometry dominates (regions, north, the basemap) are imported this way; the
// point files are mostly properties, which TopoJSON does not shrink.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { pack } from './src/lib/geo/pack';

const QUERY = '?packed';
const DEV_PREFIX = '/@geodata-packed/';

/** Source precision per file: geodata/ keeps 4 decimals, the basemap build rounds to 3. */
const decimalsOf = (file: string) => (file.includes('/basemap/') ? 3 : 4);

function packFile(file: string): string {
	return JSON.stringify(pack(JSON.parse(readFileSync(file, 'utf8')), decimalsOf(file)));
}

export function geodataPack(): Plugin {
	let serve = false;
	const devFiles = new Map<string, string>();
	return {
		name: 'geodata-pack',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		load(id) {
			if (!id.endsWith(QUERY)) return null;
			const file = id.slice(0, -QUERY.length);
			this.addWatchFile(file);
			const name = basename(file).replace(/\.geojson$/, '.topo.json');
			if (serve) {
				devFiles.set(name, file);
				return `export default ${JSON.stringify(DEV_PREFIX + name)};`;
			}
			const ref = this.emitFile({ type: 'asset', name, source: packFile(file) });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const file = req.url?.startsWith(DEV_PREFIX) && devFiles.get(req.url.slice(DEV_PREFIX.length));
				if (!file) return next();
				res.setHeader('content-type', 'application/json');
				res.end(packFile(file));
			});
		}
	};
}
