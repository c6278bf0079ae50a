// Geodata files as built assets, each imported as its URL and the SHA-256 of its bytes:
//   import url, { sha256 } from '…/csto.geojson?geodata'    the file as it is
//   import url, { sha256 } from '…/regions.geojson?packed'  packed as quantised TopoJSON (src/lib/geo/pack.ts)
// Emitted as hashed assets at build and served from memory in dev. Only the files whose geometry
// dominates (regions, north, the basemap) are packed; the point files are mostly properties, which
// TopoJSON does not shrink. The digest is what the browser checks a fetched dataset against: the
// prerender validates the very bytes it names (src/lib/server/shipped.ts), so bytes that match need
// no second validation in the browser, and any that differ get it (src/lib/data/load.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { pack } from './src/lib/geo/pack';

const QUERIES = { '?packed': true, '?geodata': false } as const;
const DEV_PREFIX = '/@geodata/';

/** Source precision per file: geodata/ keeps 4 decimals, the basemap build rounds to 3. */
const decimalsOf = (file: string) => (file.includes('/basemap/') ? 3 : 4);

/** The text a geodata file ships as: the file itself, or packed. */
export function shippedText(file: string, packed: boolean): string {
	const text = readFileSync(file, 'utf8');
	return packed ? JSON.stringify(pack(JSON.parse(text), decimalsOf(file))) : text;
}

/** Base64 SHA-256 of the UTF-8 bytes, as the browser's `crypto.subtle.digest` gives them. */
export const sha256Of = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('base64');

export function geodataPack(): Plugin {
	let serve = false;
	const devFiles = new Map<string, { file: string; packed: boolean }>();
	return {
		name: 'geodata-pack',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		load(id) {
			const query = (Object.keys(QUERIES) as (keyof typeof QUERIES)[]).find((q) => id.endsWith(q));
			if (!query) return null;
			const packed = QUERIES[query];
			const file = id.slice(0, -query.length);
			this.addWatchFile(file);
			const name = packed ? basename(file).replace(/\.geojson$/, '.topo.json') : basename(file);
			// In dev nothing is built, so nothing is vouched for: no digest, and the browser validates all.
			if (serve) {
				devFiles.set(name, { file, packed });
				return `export default ${JSON.stringify(DEV_PREFIX + name)};\nexport const sha256 = '';`;
			}
			const text = shippedText(file, packed);
			const ref = this.emitFile({ type: 'asset', name, source: text });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};\nexport const sha256 = ${JSON.stringify(sha256Of(text))};`;
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const found = req.url?.startsWith(DEV_PREFIX) && devFiles.get(req.url.slice(DEV_PREFIX.length));
				if (!found) return next();
				res.setHeader('content-type', 'application/json');
				res.end(shippedText(found.file, found.packed));
			});
		}
	};
}
