import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DatasetSchema } from './schema/dataset';
import { cstoSchema, energySchema, northSchema, regionsSchema, unrestSchema } from './schemas';
import {
	checkCrossFileIds,
	checkLinks,
	formatIssue,
	parseDataset,
	RULES,
	validateCollection,
	type RuleName
} from './validate';
import { checkCoordinatePrecision, decimals, MAX_DECIMALS } from './validate/coordinates';
import { signedArea } from './validate/polygons';
import { checkPointInRegion, CITY_POINT_RADIUS_KM, indexRegions } from './validate/regions';

const fixtures = fileURLToPath(new URL('../../../geodata/fixtures/', import.meta.url));
const read = (path: string): unknown => JSON.parse(readFileSync(fixtures + path, 'utf8'));

const regionsData = read('regions-min.geojson');
const regionsParsed = parseDataset('regions-min.geojson', regionsData, regionsSchema);
if (!regionsParsed.ok) throw new Error(regionsParsed.issues.map(formatIssue).join('\n'));
const regions: FeatureCollection = regionsParsed.data;

const SCHEMAS = {
	regions: regionsSchema,
	north: northSchema,
	csto: cstoSchema,
	unrest: unrestSchema,
	energy: energySchema
} satisfies Record<string, DatasetSchema>;

/** broken fixture → the one rule it breaks, the one feature that breaks it, the schema it is read with. */
const BROKEN: [file: string, rule: RuleName, feature: string | null, schema: keyof typeof SCHEMAS][] = [
	['not-a-collection.geojson', 'geojson', null, 'unrest'],
	['null-geometry.geojson', 'geojson', 'unrest-broken', 'unrest'],
	['string-coordinate.geojson', 'geojson', 'unrest-broken', 'unrest'],
	['geometry-collection.geojson', 'geojson', 'unrest-broken', 'unrest'],
	['linestring-one-position.geojson', 'geojson', 'energy-broken', 'energy'],
	['lat-out-of-range.geojson', 'coordinate-range', 'unrest-broken', 'unrest'],
	['too-many-decimals.geojson', 'coordinate-precision', 'unrest-broken', 'unrest'],
	['unclosed-ring.geojson', 'polygon-closed', 'KZ-BRK', 'regions'],
	['short-ring.geojson', 'polygon-closed', 'KZ-BRK', 'regions'],
	['winding-clockwise.geojson', 'polygon-winding', 'KZ-BRK', 'regions'],
	['hole-counter-clockwise.geojson', 'polygon-winding', 'KZ-BRK', 'regions'],
	['duplicate-id.geojson', 'id-unique', 'unrest-broken', 'unrest'],
	['missing-id.geojson', 'id-unique', 'features[0]', 'unrest'],
	['unknown-kind.geojson', 'required-properties', 'unrest-broken', 'unrest'],
	['missing-required.geojson', 'required-properties', 'unrest-broken', 'unrest'],
	['null-figure.geojson', 'required-properties', 'unrest-broken', 'unrest'],
	// A key no figure has (`basis_nte`): strict objects catch what a loose one would pass silently.
	['misspelt-figure-key.geojson', 'required-properties', 'unrest-broken', 'unrest'],
	['wrong-geometry-for-kind.geojson', 'required-properties', 'energy-broken', 'energy'],
	['missing-id-prefix.geojson', 'required-properties', 'broken-protest', 'unrest'],
	['figure-without-source.geojson', 'sourced-value', 'unrest-broken', 'unrest'],
	['shareholder-without-year.geojson', 'sourced-value', 'energy-broken', 'energy'],
	['nested-figure-http.geojson', 'sourced-value', 'KZ-BRK', 'regions'],
	['figure-without-basis.geojson', 'basis', 'unrest-broken', 'unrest'],
	['unknown-basis.geojson', 'basis', 'unrest-broken', 'unrest'],
	['estimate-without-as-of.geojson', 'basis', 'unrest-broken', 'unrest'],
	['copy-host.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['spam-host.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['unclassified-host.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['state-media-unattributed.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['via-on-original.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['via-without-read.geojson', 'source-policy', 'unrest-broken', 'unrest'],
	['copy-url-in-note.geojson', 'source-policy', null, 'unrest'],
	['missing-source.geojson', 'sources', 'unrest-broken', 'unrest'],
	['duplicate-source-url.geojson', 'sources', 'unrest-broken', 'unrest'],
	['source-without-year.geojson', 'sources', 'unrest-broken', 'unrest'],
	['missing-location.geojson', 'location', 'unrest-broken', 'unrest'],
	['bad-location-precision.geojson', 'location', 'unrest-broken', 'unrest'],
	['point-outside-region.geojson', 'point-in-region', 'unrest-broken', 'unrest'],
	['unknown-region.geojson', 'point-in-region', 'unrest-broken', 'unrest']
];

describe('broken fixtures: each breaks exactly one rule, and the issue says where', () => {
	it.each(BROKEN)('%s → %s', (file, rule, feature, schema) => {
		const issues = validateCollection(file, read(`broken/${file}`), SCHEMAS[schema], { regions });
		expect(issues.length).toBeGreaterThan(0);
		for (const issue of issues) {
			expect(issue).toMatchObject({ file, feature, rule });
			const text = formatIssue(issue);
			expect(text).toContain(file);
			expect(text).toContain(rule);
			if (feature !== null) expect(text).toContain(feature);
		}
	});

	it('covers every fixture in geodata/fixtures/broken', () => {
		const listed = BROKEN.map(([file]) => file).sort();
		expect(readdirSync(`${fixtures}broken`).sort()).toEqual(listed);
	});

	it('covers every rule (link-target through checkLinks)', () => {
		const covered = new Set<RuleName>([...BROKEN.map(([, rule]) => rule), 'link-target']);
		expect([...covered].sort()).toEqual([...RULES].sort());
	});
});

describe('valid fixtures pass with zero issues', () => {
	it.each([
		['regions-min.geojson', regionsSchema],
		['valid/north.geojson', northSchema],
		['valid/csto.geojson', cstoSchema],
		['valid/unrest.geojson', unrestSchema],
		['valid/energy.geojson', energySchema]
	] as const)('%s', (file, schema) => {
		expect(validateCollection(file, read(file), schema, { regions }).map(formatIssue)).toEqual([]);
	});
});

describe('formatIssue', () => {
	it('reads file › feature › rule: message', () => {
		expect(
			formatIssue({
				file: 'regions.geojson',
				feature: 'KZ-AKM',
				rule: 'polygon-winding',
				message: 'exterior ring 0 is clockwise; RFC 7946 wants counter-clockwise'
			})
		).toBe(
			'regions.geojson › KZ-AKM › polygon-winding: exterior ring 0 is clockwise; RFC 7946 wants counter-clockwise'
		);
	});

	it('leaves the feature out for file-level issues', () => {
		expect(formatIssue({ file: 'a.geojson', feature: null, rule: 'geojson', message: 'm' })).toBe(
			'a.geojson › geojson: m'
		);
	});

	it('the winding message names the ring and the expected orientation', () => {
		const [issue] = validateCollection('w.geojson', read('broken/winding-clockwise.geojson'), regionsSchema);
		expect(issue && formatIssue(issue)).toBe(
			'w.geojson › KZ-BRK › polygon-winding: exterior ring 0 is clockwise; RFC 7946 wants counter-clockwise'
		);
	});
});

describe('parseDataset', () => {
	it('narrows a valid file to its Props type', () => {
		const result = parseDataset('unrest.geojson', read('valid/unrest.geojson'), unrestSchema, { regions });
		expect(result.ok).toBe(true);
		if (result.ok) {
			const first = result.data.features[0]?.properties;
			// Typed access, no casts: the point of parseDataset.
			expect(first?.first_date.value).toBe('2022-01-04');
			expect(first?.location?.precision).toBe('city');
		}
	});

	it('returns the issues instead of data when a rule fails', () => {
		const result = parseDataset('x.geojson', read('broken/missing-source.geojson'), unrestSchema);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.map((i) => i.rule)).toEqual(['sources']);
	});
});

describe('checkCrossFileIds', () => {
	it('reports an id reused in a later file, naming the first file', () => {
		const unrest = read('valid/unrest.geojson');
		const issues = checkCrossFileIds([
			{ file: 'a.geojson', data: unrest },
			{ file: 'b.geojson', data: unrest },
			{ file: 'regions.geojson', data: regionsData }
		]);
		expect(issues.map(formatIssue)).toEqual([
			'b.geojson › unrest-tsa-square › id-unique: id "unrest-tsa-square" is also used in a.geojson',
			'b.geojson › unrest-tsb-square › id-unique: id "unrest-tsb-square" is also used in a.geojson'
		]);
	});

	it('leaves repeats within one file to validateCollection', () => {
		expect(checkCrossFileIds([{ file: 'd.geojson', data: read('broken/duplicate-id.geojson') }])).toEqual([]);
	});
});

describe('checkLinks', () => {
	const ids = new Set(['KZ-TSA', 'unrest-tsa-square']);

	it('passes links to existing ids', () => {
		expect(checkLinks(ids, [{ from: 'article.md', target: 'KZ-TSA' }])).toEqual([]);
	});

	it('reports a link to a missing id, with a hint when only the case differs', () => {
		const issues = checkLinks(ids, [
			{ from: 'article.md', target: 'kz-tsa' },
			{ from: 'article.md', target: 'unrest-nowhere' }
		]);
		expect(issues.map(formatIssue)).toEqual([
			'article.md › kz-tsa › link-target: links to "kz-tsa", which no feature has (did you mean "KZ-TSA"?)',
			'article.md › unrest-nowhere › link-target: links to "unrest-nowhere", which no feature has'
		]);
	});
});

describe('point-in-region against a city drawn as a point (Shymkent)', () => {
	const city: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'KZ-SHY' },
				geometry: { type: 'Point', coordinates: [69.6, 42.3] }
			}
		]
	};
	const index = indexRegions(city);
	const at = (lon: number) =>
		checkPointInRegion({ region: 'KZ-SHY' }, { type: 'Point', coordinates: [lon, 42.3] }, index);

	it(`accepts a point within ${CITY_POINT_RADIUS_KM} km of the centre`, () => {
		expect(at(69.7)).toEqual([]); // about 8 km east
	});

	it('rejects a point farther out', () => {
		expect(at(70.2).map((f) => f.rule)).toEqual(['point-in-region']); // about 49 km east
	});
});

describe('helpers', () => {
	it('signedArea is positive for counter-clockwise rings', () => {
		const ccw = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(signedArea(ccw)).toBe(2);
		expect(signedArea([...ccw].reverse())).toBe(-2);
	});

	it.each([
		[71, 0],
		[71.12345, 5],
		[-71.123456, 6],
		[1e-7, 7],
		[1.5e-5, 6]
	])('decimals(%d) = %d', (n, expected) => {
		expect(decimals(n)).toBe(expected);
	});

	it('flags a coordinate exactly when it has more than 5 decimals as written (the fast path agrees)', () => {
		// Coordinates as files write them: k / 10^d for d up to 8 places, and any double in range.
		const written = fc
			.tuple(fc.integer({ min: -18_000_000_000, max: 18_000_000_000 }), fc.integer({ min: 0, max: 8 }))
			.map(([k, d]) => Number((k / 10 ** 8).toFixed(d)));
		const any = fc.double({ min: -180, max: 180, noNaN: true });
		fc.assert(
			fc.property(fc.oneof(written, any), (n) => {
				const flagged = checkCoordinatePrecision({ type: 'Point', coordinates: [n, 0] }).length > 0;
				expect(flagged, `${n}`).toBe(decimals(n) > MAX_DECIMALS);
			}),
			{ numRuns: 20_000 }
		);
	});
});
