import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { cell, figuresOf, toCsv, toGeoJson } from './data';

type F = Feature<Geometry, Record<string, unknown>>;
const city: F = {
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [76.95, 43.25] },
	properties: {
		id: 'unrest-almaty',
		name: 'Almaty, "Republic" square',
		kind: 'clash',
		sources: [{ url: 'https://example.org/a', year: 2022 }],
		first_date: { value: '2022-01-04', year: 2022, basis: 'press', source: 'https://example.org/b' },
		deaths: {
			value: 103,
			year: 2022,
			basis: 'report',
			source: 'https://example.org/c',
			via: { url: 'https://copy.example/c', read: '2026-12-01' }
		},
		location: { source: 'https://example.org/loc', year: 2022, precision: 'city' }
	}
};
const region: F = {
	type: 'Feature',
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[70, 53],
				[71, 53],
				[71, 54],
				[70, 53]
			]
		]
	},
	properties: {
		id: 'KZ-SEV',
		name: 'North Kazakhstan',
		kind: 'region',
		sources: [],
		ethnic: [
			{
				group: 'russian',
				value: 49.6,
				year: 2021,
				basis: 'estimate',
				as_of: '2021-01-01',
				source: 'https://stat.gov.kz/x'
			}
		],
		area_km2: { value: 97993, year: 2020, basis: 'computed', computed: 'turf area of the polygon' },
		output: { value: 5, unit: 'Mt/yr', year: 2021, basis: 'forecast', source: 'https://example.org/o' }
	}
};

describe('figuresOf', () => {
	it('finds sourced values at any depth, with their source, and skips locations', () => {
		expect(figuresOf(region.properties!)).toEqual([
			{
				path: 'ethnic.russian.estimate_2021-01-01',
				value: 49.6,
				year: 2021,
				unit: undefined,
				basis: 'official estimate, 1 Jan 2021',
				source: 'https://stat.gov.kz/x',
				via: undefined
			},
			{
				path: 'area_km2',
				value: 97993,
				year: 2020,
				unit: undefined,
				basis: 'computed from 2020 data',
				source: 'computed: turf area of the polygon',
				via: undefined
			},
			{
				path: 'output',
				value: 5,
				year: 2021,
				unit: 'Mt/yr',
				basis: 'forecast for 2021',
				source: 'https://example.org/o',
				via: undefined
			}
		]);
		expect(figuresOf(city.properties!).map((f) => f.path)).toEqual(['first_date', 'deaths']);
	});
});

describe('toCsv', () => {
	const csv = toCsv([
		{ layer: 'unrest', features: [city] },
		{ layer: 'regions', features: [region] }
	]);
	const [header, row1, row2] = csv.split('\r\n');

	it('has one row per feature, lon/lat for points only, figures with their basis and sources', () => {
		expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, final newline
		const e = 'ethnic.russian.estimate_2021-01-01';
		expect(header).toBe(
			'id,name,kind,layer,lon,lat,sources,' +
				'first_date,first_date_year,first_date_basis,first_date_source,' +
				'deaths,deaths_year,deaths_basis,deaths_source,deaths_via,' +
				`${e},${e}_year,${e}_basis,${e}_source,` +
				'area_km2,area_km2_year,area_km2_basis,area_km2_source,' +
				'output,output_unit,output_year,output_basis,output_source'
		);
		expect(row1).toBe(
			'unrest-almaty,"Almaty, ""Republic"" square",clash,unrest,76.95,43.25,https://example.org/a,' +
				'2022-01-04,2022,"press report, 2022",https://example.org/b,' +
				'103,2022,reported 2022,https://example.org/c,https://copy.example/c (read 2026-12-01),' +
				',,,,,,,,,,,,'
		);
		expect(
			row2!.startsWith(
				'KZ-SEV,North Kazakhstan,region,regions,,,,,,,,,,,,,49.6,2021,"official estimate, 1 Jan 2021",https://stat.gov.kz/x,'
			)
		).toBe(true);
	});
});

describe('cell', () => {
	it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
		expect(cell('a,b')).toBe('"a,b"');
		expect(cell('line\nbreak')).toBe('"line\nbreak"');
		expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(cell('-12.5')).toBe('-12.5');
		expect(cell(undefined)).toBe('');
		expect(cell(Number.NaN)).toBe('');
	});
});

describe('toGeoJson', () => {
	it('tags each feature with its layer and carries the attribution', () => {
		const fc = JSON.parse(
			toGeoJson([{ layer: 'unrest', features: [city] }], { title: 'T', attribution: 'A' })
		);
		expect(fc.features[0].properties.layer).toBe('unrest');
		expect(fc.attribution).toBe('A');
	});
});
