import { describe, expect, it } from 'vitest';
import { realBasemap, realDatasets } from './fixture';
import { featureInputs, nearby, placeInputs, regionFinder } from './inputs';

const d = realDatasets();
const places = placeInputs(realBasemap());
const city = (name: string) => places.find((p) => p.name === name)!;
const whereOf = regionFinder(d);

describe('placeInputs', () => {
	it("lists the basemap's labelled cities and countries under the ids names.json uses", () => {
		expect(city('Oral').id).toBe('city:608668');
		expect(places.find((p) => p.id === 'country:KAZ')?.name).toBe('Kazakhstan');
		expect(places.filter((p) => p.kind === 'city')).toHaveLength(128);
	});
});

describe('regionFinder', () => {
	it('names the region a city lies in, as of January 2022', () => {
		expect(whereOf(city('Semey').lngLat, city('Semey'))?.name).toBe('East Kazakhstan Region');
		expect(whereOf(city('Oral').lngLat, city('Oral'))?.name).toBe('West Kazakhstan Region');
	});
	it('gives Shymkent its own city, not the Turkistan polygon drawn around it', () => {
		expect(whereOf(city('Shymkent').lngLat, city('Shymkent'))?.name).toBe('Shymkent');
	});
	it("outside Kazakhstan, the place's country", () => {
		expect(whereOf(city('Tashkent').lngLat, city('Tashkent'))?.name).toBe('Uzbekistan');
	});
});

describe('nearby', () => {
	it('lists what lies within 50 km, nearest first', () => {
		const near = nearby(city('Atyrau').lngLat, d).map((n) => n.props.id);
		expect(near[0]).toBe('unrest-atyrau');
		expect(near).toContain('energy-refinery-atyrau');
		expect(near).not.toContain('energy-tengiz'); // ~150 km away
	});
	it('counts a pipeline by its nearest vertex and never an airlift arc', () => {
		const almaty = nearby(city('Almaty').lngLat, d);
		expect(almaty.some((n) => n.props.kind === 'airlift')).toBe(false);
		expect(almaty.every((n, i) => i === 0 || almaty[i - 1]!.km <= n.km)).toBe(true);
	});
	it('finds nothing near a city far from every mapped site', () => {
		expect(nearby(city('Kathmandu').lngLat, d)).toEqual([]);
	});
});

describe('featureInputs', () => {
	it('places a city drawn as a region at its centre', () => {
		const ast = featureInputs(d).find((f) => f.id === 'KZ-AST');
		expect(ast?.lngLat).toEqual([71.4333, 51.1667]);
	});
});
