import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../schemas';
import { schemaMarkdown } from './doc';

const committed = readFileSync(
	fileURLToPath(new URL('../../../../geodata/SCHEMA.md', import.meta.url)),
	'utf8'
);

describe('geodata/SCHEMA.md', () => {
	it('is what `npm run schema` generates from the schemas (run it after changing one)', () => {
		expect(committed).toBe(schemaMarkdown(SCHEMAS));
	});

	it('lists every property of every dataset, with its kinds', () => {
		const md = schemaMarkdown(SCHEMAS);
		for (const s of SCHEMAS) {
			expect(md).toContain(`## ${s.name}.geojson`);
			for (const key of Object.keys(s.base)) expect(md, `${s.name}.${key}`).toContain(`| \`${key}\` |`);
			for (const kind of Object.keys(s.kinds)) expect(md, `${s.name} kind ${kind}`).toContain(`\`${kind}\``);
		}
	});
});
