// `npm run schema`: writes geodata/SCHEMA.md from the dataset schemas (src/lib/geo/schemas.ts).
// src/lib/geo/schema/doc.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// Vite's module runner loads the TypeScript as the app does; no config: the modules import relatively.
const load = (path) => runnerImport(root + path, { configFile: false, root }).then((r) => r.module);
const [{ schemaMarkdown }, { SCHEMAS }] = await Promise.all([
	load('src/lib/geo/schema/doc.ts'),
	load('src/lib/geo/schemas.ts')
]);
writeFileSync(root + 'geodata/SCHEMA.md', schemaMarkdown(SCHEMAS));
console.log('wrote geodata/SCHEMA.md');
