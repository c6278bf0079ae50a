import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AREAS, DATASETS } from '$lib/datasets';
import { north as northEntry } from '$lib/datasets/north';
import { checkCrossFileIds, checkLinks, drawableFeatures, formatIssue, validateCollection } from './validate';
import { isRecord } from './validate/issue';
import { checkCitations } from './validate/citations';

/*
 * The shipped data against SCHEMA.md. A failure names file › feature › rule, so the fix is findable
 * without running anything else.
 */

const geodata = fileURLToPath(new URL('../../../geodata/', import.meta.url));

function load(file: string): unknown {
	const path = geodata + file;
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const loaded = DATASETS.map((d) => ({ ...d, data: load(d.file) }));
const regionsFile = loaded.find((d) => d.id === AREAS?.id);

/**
 * point-in-region needs only a structurally sound regions file; a regions precision slip should not
 * also hide every misplaced point elsewhere.
 */
const regions: FeatureCollection | undefined = regionsFile?.data
	? drawableFeatures(regionsFile.data)
	: undefined;

describe.each(loaded)('geodata/$file', ({ file, data, schema }) => {
	it('exists (registered in src/lib/datasets)', () => {
		expect(data, `geodata/${file} is missing`).toBeDefined();
	});

	it('passes every rule of SCHEMA.md', () => {
		expect(data, `geodata/${file} is missing`).toBeDefined();
		expect(validateCollection(file, data, schema, { regions }).map(formatIssue)).toEqual([]);
	});
});

describe('geodata/timeline.json', () => {
	it('cites only original publishers (source-policy)', () => {
		expect(checkCitations(load('timeline.json'), 'timeline.json').map((f) => f.message)).toEqual([]);
	});
});

describe('across files', () => {
	it('map labels shorten their names and add no words to them', () => {
		const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
		const added = loaded.flatMap(({ file, data }) =>
			(isRecord(data) && Array.isArray(data.features) ? data.features : []).flatMap((f: unknown) => {
				const p: unknown = isRecord(f) ? f.properties : undefined;
				if (!isRecord(p) || typeof p.label !== 'string' || typeof p.name !== 'string') return [];
				const name = new Set(words(p.name));
				const extra = words(p.label).filter((w) => !name.has(w));
				return extra.length ? [`${file} › ${String(p.id)} › label: ${extra.join(', ')} not in its name`] : [];
			})
		);
		expect(added).toEqual([]);
	});

	it('ids are unique across all of geodata/', () => {
		const present = loaded.filter((d) => d.data !== undefined);
		expect(checkCrossFileIds(present).map(formatIssue)).toEqual([]);
	});

	it("north's region list names regions that exist", () => {
		const north = loaded.find((d) => d.id === northEntry.id)?.data;
		expect(regions, 'regions.geojson is missing or unreadable').toBeDefined();
		const ids = new Set(
			(regions?.features ?? []).flatMap((f) =>
				typeof f.properties?.id === 'string' ? [f.properties.id] : []
			)
		);
		const links = (isRecord(north) && Array.isArray(north.features) ? north.features : []).flatMap(
			(feature: unknown) => {
				const props: unknown = isRecord(feature) ? feature.properties : undefined;
				const list: unknown = isRecord(props) ? props.regions : undefined;
				const from = `north.geojson › ${isRecord(props) ? String(props.id) : '?'} › regions`;
				return Array.isArray(list) ? list.map((target) => ({ from, target: String(target) })) : [];
			}
		);
		expect(checkLinks(ids, links).map(formatIssue)).toEqual([]);
	});
});
