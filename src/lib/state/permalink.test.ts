import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/testing/seeded';
import {
	DEFAULT_LAYERS,
	LAYER_NAMES,
	parseState,
	serializeState,
	VIEW_LIMITS,
	type AppState,
	type ParseOptions
} from './permalink';

const opts: ParseOptions = {
	featureIds: new Set(['ctx-crimea', 'kz-almaty', 'Алматы', 'a b&c=d+e%f#g']),
	passageCount: 14,
	dateRange: ['2022-01-01', '2022-01-19'],
	placeIds: new Set(['city:608668', 'country:RUS', 'city:1526273'])
};
const defaults: AppState = {
	view: null,
	layers: { ...DEFAULT_LAYERS },
	feature: null,
	passage: null,
	date: null,
	place: null
};
const parse = (search: string | URLSearchParams, o: ParseOptions = opts) => parseState(search, o);
const allOff = { regions: false, north: false, csto: false, unrest: false, energy: false, military: false };

/** Parses a single parameter and expects it to be ignored, with one note about it. */
function expectIgnored(key: string, value: string, note?: string | RegExp) {
	const { state, rejected } = parse(new URLSearchParams([[key, value]]));
	expect(state).toEqual(defaults);
	expect(rejected).toHaveLength(1);
	expect(rejected[0]?.startsWith(`${key}: `)).toBe(true);
	if (note !== undefined) expect(rejected[0]).toMatch(note);
}

describe('parseState: defaults and valid links', () => {
	it('an empty query is the default state, with nothing rejected', () => {
		for (const search of ['', '?', '?&&', new URLSearchParams()])
			expect(parse(search)).toEqual({ state: defaults, rejected: [] });
	});
	it('reads every parameter', () => {
		expect(parse('?v=66.9,48,4.2&l=regions,unrest&f=kz-almaty&p=p3&d=2022-01-05&place=city:608668')).toEqual({
			state: {
				view: { lon: 66.9, lat: 48, zoom: 4.2 },
				layers: { ...allOff, regions: true, unrest: true },
				feature: 'kz-almaty',
				passage: 'p3',
				date: '2022-01-05',
				place: 'city:608668'
			},
			rejected: []
		});
	});
	it('accepts URLSearchParams as well as a string', () => {
		const params = new URL('https://example.org/?p=p14&f=ctx-crimea#x').searchParams;
		expect(parse(params).state).toEqual({ ...defaults, passage: 'p14', feature: 'ctx-crimea' });
	});
	it('returns a fresh layers object every time', () => {
		const a = parse('').state.layers;
		a.north = false;
		expect(parse('').state.layers.north).toBe(true);
		expect(DEFAULT_LAYERS.north).toBe(true);
		expect(Object.isFrozen(DEFAULT_LAYERS)).toBe(true);
	});
});

describe('parseState: v (view)', () => {
	it('accepts the inclusive bounds of the map', () => {
		expect(parse('v=-180,-85,2').state.view).toEqual({ lon: -180, lat: -85, zoom: 2 });
		expect(parse('v=180,85,11').state.view).toEqual({ lon: 180, lat: 85, zoom: 11 });
	});
	it('rounds to 3/3/2 decimals and turns -0 into 0', () => {
		expect(parse('v=66.91234,48.00049,4.199').state.view).toEqual({ lon: 66.912, lat: 48, zoom: 4.2 });
		expect(parse('v=-0.0001,-0,2').state.view).toEqual({ lon: 0, lat: 0, zoom: 2 });
		expect(Object.is(parse('v=-0.0001,-0,2').state.view?.lon, 0)).toBe(true);
	});
	it.each([
		'NaN,1,2',
		'Infinity,48,4',
		'66,-Infinity,4',
		'1e999,48,4',
		'1e2,48,4',
		'0x10,48,4',
		'66,48',
		'66,48,4,',
		'66,,48,4',
		',,',
		',,4',
		'',
		' 66,48,4',
		'66 ,48,4',
		'+66,48,4',
		'.5,48,4',
		'66.,48,4',
		'66;48;4',
		'６６,48,4',
		'1'.repeat(70) + ',1,4'
	])('rejects the malformed %j', (v) => expectIgnored('v', v, /is not lon,lat,zoom/));
	it.each([
		'180.001,48,4',
		'-181,48,4',
		'66,85.5,4',
		'66,-90,4',
		'66,48,1.99',
		'66,48,12',
		'66,48,0',
		'66,48,-4'
	])('rejects the out-of-range %j', (v) => expectIgnored('v', v, /is outside lon ±180, lat ±85, zoom 2–11/));
});

describe('parseState: l (layers)', () => {
	it('absent means the default layers (all but the military sites); empty means every layer off', () => {
		expect(parse('').state.layers).toEqual(DEFAULT_LAYERS);
		expect(DEFAULT_LAYERS).toEqual({
			...allOff,
			regions: true,
			north: true,
			csto: true,
			unrest: true,
			energy: true
		});
		expect(parse('l=').state.layers).toEqual(allOff);
		expect(parse('l').state.layers).toEqual(allOff);
	});
	it('turns on exactly the listed layers, in any order, repeats allowed', () => {
		expect(parse('l=energy,north,energy').state.layers).toEqual({ ...allOff, energy: true, north: true });
		expect(Object.values(parse(`l=${LAYER_NAMES.join(',')}`).state.layers).every(Boolean)).toBe(true);
	});
	it.each([
		['regions,mars', 'mars'],
		['Regions', 'Regions'],
		['regions,', ''],
		[',regions', ''],
		['regions,,north', ''],
		['regions, north', ' north'],
		['__proto__', '__proto__'],
		['constructor,regions', 'constructor'],
		['toString', 'toString'],
		['hasOwnProperty', 'hasOwnProperty']
	])('ignores the whole list %j because of %j', (l, culprit) =>
		expectIgnored('l', l, `names an unknown layer ${JSON.stringify(culprit)}`)
	);
});

describe('parseState: f, p, d', () => {
	it('takes a known feature id, including unicode and reserved characters', () => {
		expect(parse('f=ctx-crimea').state.feature).toBe('ctx-crimea');
		expect(parse(`f=${encodeURIComponent('Алматы')}`).state.feature).toBe('Алматы');
		expect(parse(`f=${encodeURIComponent('a b&c=d+e%f#g')}`).state.feature).toBe('a b&c=d+e%f#g');
	});
	it.each(['unknown', '', 'CTX-CRIMEA', ' ctx-crimea', '__proto__', 'constructor', 'toString', 'valueOf'])(
		'ignores the feature %j',
		(f) => expectIgnored('f', f, /is not a known feature$/)
	);
	it('takes p1…pN', () => {
		expect(parse('p=p1').state.passage).toBe('p1');
		expect(parse('p=p14').state.passage).toBe('p14');
		expect(parse('p=p20', { ...opts, passageCount: 20 }).state.passage).toBe('p20');
	});
	it.each(['p0', 'p15', 'p01', 'P1', '1', 'p', 'p-1', 'p1.0', 'p1 ', 'p1e1', 'p' + '9'.repeat(400), 'p１'])(
		'ignores the passage %j',
		(p) => expectIgnored('p', p, /is not one of p1…p14$/)
	);
	it('takes a date inside the range, both ends inclusive', () => {
		for (const d of ['2022-01-01', '2022-01-05', '2022-01-19']) expect(parse(`d=${d}`).state.date).toBe(d);
	});
	it.each(['2022-01-20', '2021-12-31', '2023-01-05'])('ignores the date %j outside the range', (d) =>
		expectIgnored('d', d, /is outside 2022-01-01…2022-01-19$/)
	);
	it.each([
		'2022-01-32',
		'2022-01-00',
		'2022-13-01',
		'2022-00-10',
		'2022-1-5',
		'2022-01-05T00:00',
		'20220105',
		'',
		'today'
	])('ignores the non-date %j', (d) => expectIgnored('d', d, /is not a calendar date YYYY-MM-DD$/));
	it('checks real calendar dates in a configured range', () => {
		const leapRange = { ...opts, dateRange: ['1900-01-01', '2100-12-31'] as [string, string] };
		expect(parse('d=2024-02-29', leapRange).state.date).toBe('2024-02-29');
		expect(parse('d=2000-02-29', leapRange).state.date).toBe('2000-02-29');
		expect(parse('d=1900-02-29', leapRange).rejected).toEqual([
			'd: "1900-02-29" is not a calendar date YYYY-MM-DD'
		]);
		expect(parse('d=2023-02-29', leapRange).state.date).toBeNull();
		expect(parse('d=2022-04-31', leapRange).state.date).toBeNull();
		expect(parse('d=2022-12-31', leapRange).state.date).toBe('2022-12-31');
	});
	it('throws on bad options, which are a programmer error', () => {
		expect(() => parse('', { ...opts, passageCount: -1 })).toThrow(TypeError);
		expect(() => parse('', { ...opts, passageCount: 1.5 })).toThrow(TypeError);
		expect(() => parse('', { ...opts, dateRange: ['2022-01-19', '2022-01-01'] })).toThrow(TypeError);
		expect(() => parse('', { ...opts, dateRange: ['2022-02-30', '2022-03-01'] })).toThrow(TypeError);
	});
});

describe('parseState: place', () => {
	it('takes a basemap place, written plainly or percent-encoded', () => {
		expect(parse('place=city:608668').state.place).toBe('city:608668');
		expect(parse('place=city%3A608668').state.place).toBe('city:608668');
		expect(parse('place=country:RUS').state.place).toBe('country:RUS');
	});
	it.each([
		'city:1',
		'city:608668 ',
		'CITY:608668',
		'country:rus',
		'country:KAZ',
		'feature:unrest-oral',
		'608668',
		'',
		'__proto__',
		'constructor',
		'city:' + '9'.repeat(400)
	])('ignores the place %j', (place) => expectIgnored('place', place, /is not a place on the basemap$/));
	it('knows no place when it is given none to check against', () => {
		const noPlaces: ParseOptions = {
			featureIds: opts.featureIds,
			passageCount: opts.passageCount,
			dateRange: opts.dateRange
		};
		expect(parse('place=city:608668', noPlaces).state.place).toBeNull();
	});
	it('drops a bad place and keeps the rest of the link', () => {
		const { state, rejected } = parse('f=kz-almaty&place=city:999&p=p2');
		expect(state).toEqual({ ...defaults, feature: 'kz-almaty', passage: 'p2' });
		expect(rejected).toEqual(['place: "city:999" is not a place on the basemap']);
	});
});

describe('parseState: hostile input', () => {
	afterEach(() => {
		// Clean up in case a test did pollute, so one failure does not cascade.
		delete (Object.prototype as Record<string, unknown>).polluted;
	});

	it('keeps the valid parameters when others are bad', () => {
		const { state, rejected } = parse('v=NaN,1,2&l=north&f=nope&p=p3&d=2022-02-30');
		expect(state).toEqual({ ...defaults, layers: { ...allOff, north: true }, passage: 'p3' });
		expect(rejected).toEqual([
			'v: "NaN,1,2" is not lon,lat,zoom',
			'f: "nope" is not a known feature',
			'd: "2022-02-30" is not a calendar date YYYY-MM-DD'
		]);
	});
	it('takes the first of repeated parameters and says so', () => {
		const { state, rejected } = parse('p=p2&v=1,2,3&p=p99&p=p5&v=junk');
		expect(state.passage).toBe('p2');
		expect(state.view).toEqual({ lon: 1, lat: 2, zoom: 3 });
		expect(rejected).toEqual([
			'p: given 3 times, the first one is used',
			'v: given 2 times, the first one is used'
		]);
		// The first one wins even when it is the bad one.
		expect(parse('p=p99&p=p2').state.passage).toBeNull();
	});
	it('does not note parameters that are not ours (tracking params get appended to shared links)', () => {
		expect(parse('fbclid=abc&utm_source=x&p=p1&V=1,2,3')).toEqual({
			state: { ...defaults, passage: 'p1' },
			rejected: []
		});
	});
	it('does not pollute prototypes', () => {
		const hostile = [
			'__proto__[polluted]=1',
			'__proto__.polluted=1',
			'__proto__=polluted',
			'constructor[prototype][polluted]=1',
			'l=__proto__',
			'l=__proto__,constructor,prototype',
			'f=__proto__',
			'v=__proto__',
			'toString=1',
			'hasOwnProperty=1'
		];
		for (const search of hostile) {
			const { state } = parse(search);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			expect(Object.keys(state).sort()).toEqual(['date', 'feature', 'layers', 'passage', 'place', 'view']);
			expect(Object.keys(state.layers).sort()).toEqual([...LAYER_NAMES].sort());
			expect(Object.getPrototypeOf(state.layers)).toBe(Object.prototype);
		}
		expect(parse(hostile.join('&')).state).toEqual(defaults);
		expect(typeof {}.toString).toBe('function');
		expect(Object.prototype.hasOwnProperty.call({}, 'polluted')).toBe(false);
	});
	it('survives broken percent-encoding', () => {
		for (const search of [
			'%E0%A4%A',
			'%',
			'%%%',
			'%ZZ=%ZZ',
			'f=%E0%A4%A',
			'v=%31,2,3',
			'p=%70%31',
			'l=%FF',
			'd=%00'
		])
			expect(() => parse(search)).not.toThrow();
		expect(parse('f=%E0%A4%A').rejected).toEqual(['f: "\uFFFD%A" is not a known feature']);
		// Percent-encoded but otherwise valid values are fine.
		expect(parse('v=%31,2,3&p=%70%31').state).toEqual({
			...defaults,
			view: { lon: 1, lat: 2, zoom: 3 },
			passage: 'p1'
		});
	});
	it('does not echo a 100 kB value into rejected', () => {
		const huge = 'x'.repeat(100_000);
		for (const [key, value] of [
			['v', huge],
			['v', '1,'.repeat(50_000)],
			['l', huge],
			['l', 'regions,'.repeat(12_500) + huge],
			['f', huge],
			['p', 'p' + '1'.repeat(100_000)],
			['d', huge]
		] as const) {
			const started = performance.now();
			const { state, rejected } = parse(new URLSearchParams([[key, value]]));
			expect(performance.now() - started).toBeLessThan(500);
			expect(state).toEqual(defaults);
			expect(rejected).toHaveLength(1);
			expect(rejected[0]!.length).toBeLessThan(160);
			expect(rejected[0]).toContain('…');
		}
		expect(parse(`f=${'y'.repeat(100_000)}`).rejected).toEqual([
			`f: "${'y'.repeat(40)}…" is not a known feature`
		]);
	});
	it('survives a query with very many parameters', () => {
		const search = Array.from({ length: 20_000 }, (_, i) => `k${i}=1&v=bad${i}`).join('&');
		const { state, rejected } = parse(search);
		expect(state).toEqual(defaults);
		expect(rejected).toEqual([
			'v: given 20000 times, the first one is used',
			'v: "bad0" is not lon,lat,zoom'
		]);
	});
	it('quotes unicode and control characters safely, never splitting an emoji', () => {
		const emoji = '🇰🇿'.repeat(30); // 60 code points, 120 UTF-16 units
		const [note] = parse(new URLSearchParams([['f', emoji]])).rejected;
		expect(note).toBe(`f: "${'🇰🇿'.repeat(20)}…" is not a known feature`);
		expect(parse('f=%22%0A%1B').rejected).toEqual(['f: "\\"\\n\\u001b" is not a known feature']);
	});
});

describe('serializeState', () => {
	it('writes nothing for the default state', () => {
		expect(serializeState(defaults)).toBe('');
	});
	it('writes params in the order v, l, f, p, d, place, with readable commas and colons', () => {
		const state: AppState = {
			place: 'city:608668',
			date: '2022-01-05',
			passage: 'p3',
			feature: 'kz-almaty',
			layers: { ...allOff, unrest: true, regions: true },
			view: { lon: 66.9, lat: 48, zoom: 4.2 }
		};
		expect(serializeState(state)).toBe(
			'v=66.9,48,4.2&l=regions,unrest&f=kz-almaty&p=p3&d=2022-01-05&place=city:608668'
		);
		// A place that is not of a place id's shape is encoded like any other value.
		expect(serializeState({ ...defaults, place: 'city:1&f=x' })).toBe('place=city%3A1%26f%3Dx');
	});
	it('writes l= when every layer is off and omits l when every layer is on', () => {
		expect(serializeState({ ...defaults, layers: allOff })).toBe('l=');
		expect(serializeState({ ...defaults, layers: { ...DEFAULT_LAYERS } })).toBe('');
	});
	it('rounds the view to 3/3/2 decimals', () => {
		expect(serializeState({ ...defaults, view: { lon: 66.91234, lat: 48.00049, zoom: 4.199 } })).toBe(
			'v=66.912,48,4.2'
		);
		expect(serializeState({ ...defaults, view: { lon: -0.0001, lat: -0, zoom: 2 } })).toBe('v=0,0,2');
	});
	it('normalises a view the way MapLibre can report it: lon unwrapped, lat at ±85.05', () => {
		expect(serializeState({ ...defaults, view: { lon: 186.9, lat: 85.0511, zoom: 12 } })).toBe(
			'v=-173.1,85,11'
		);
		expect(serializeState({ ...defaults, view: { lon: -546.9, lat: -89, zoom: 0.5 } })).toBe('v=173.1,-85,2');
		expect(serializeState({ ...defaults, view: { lon: 180, lat: 0, zoom: 2 } })).toBe('v=180,0,2');
	});
	it('omits a non-finite view rather than writing NaN', () => {
		for (const bad of [NaN, Infinity, -Infinity])
			expect(serializeState({ ...defaults, view: { lon: 1, lat: bad, zoom: 3 } })).toBe('');
	});
	it('encodes feature ids so that any string survives', () => {
		const q = serializeState({ ...defaults, feature: 'a b&c=d+e%f#g' });
		expect(q).not.toMatch(/[ #]|&c=/);
		expect(parse(q).state.feature).toBe('a b&c=d+e%f#g');
		expect(() => serializeState({ ...defaults, feature: '\uD800' })).not.toThrow();
	});
	it('treats a missing layer as off', () => {
		const layers = { regions: true, north: true } as AppState['layers'];
		expect(serializeState({ ...defaults, layers })).toBe('l=regions,north');
	});
});

describe('round trips', () => {
	const typical: AppState[] = [
		defaults,
		{ ...defaults, view: { lon: 66.9, lat: 48, zoom: 4.2 } },
		{ ...defaults, view: { lon: 76.945, lat: 43.238, zoom: 10.5 }, feature: 'kz-almaty', passage: 'p1' },
		{ ...defaults, layers: allOff, date: '2022-01-19' },
		{ ...defaults, layers: { ...allOff, csto: true }, passage: 'p14', date: '2022-01-01' },
		{
			view: { lon: -180, lat: -85, zoom: 11 },
			layers: { ...DEFAULT_LAYERS, energy: false },
			feature: 'Алматы',
			passage: 'p7',
			date: '2022-01-06',
			place: 'country:RUS'
		},
		{ ...defaults, feature: 'a b&c=d+e%f#g' },
		{ ...defaults, view: { lon: 51.367, lat: 51.233, zoom: 8 }, place: 'city:608668' }
	];
	it.each(typical)('parse(serialize(state)) is state: %j', (state) => {
		expect(parse(serializeState(state))).toEqual({ state, rejected: [] });
		// And through a real URL, as the page will read it.
		const url = new URL(`https://example.org/map?${serializeState(state)}`);
		expect(parse(url.search).state).toEqual(state);
	});
});

describe('property: random queries', () => {
	const rand = mulberry32(20220105);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const num = (lo: number, hi: number, digits: number) => (lo + rand() * (hi - lo)).toFixed(digits);
	const junk = () =>
		Array.from({ length: Math.floor(rand() * 12) }, () =>
			pick([
				'a',
				'1',
				'-',
				'.',
				',',
				'%',
				'%E0',
				'%A4',
				'%',
				'+',
				'=',
				'&',
				'#',
				';',
				' ',
				'\u0000',
				'é',
				'🇰🇿',
				'\uFFFF'
			])
		).join('');

	// A Map, not an object literal: values['constructor'] would be Object itself.
	const values = new Map<string, (() => string)[]>(
		Object.entries({
			v: [
				() => `${num(-180, 180, 4)},${num(-85, 85, 4)},${num(2, 11, 3)}`,
				() => `${num(-400, 400, 2)},${num(-100, 100, 2)},${num(-5, 20, 1)}`,
				() => pick(['NaN,1,2', 'Infinity,0,3', '1e999,1,3', '1,2,3,', ',,', '', '1,2', '-0,-0,2']),
				junk
			],
			l: [
				() => LAYER_NAMES.filter(() => rand() < 0.5).join(','),
				() => [pick(LAYER_NAMES), pick(['__proto__', 'constructor', 'toString', '', 'mars'])].join(','),
				junk
			],
			f: [
				() => pick([...opts.featureIds]),
				() => pick(['__proto__', 'constructor', 'toString', 'nope', '']),
				junk
			],
			p: [() => `p${Math.floor(rand() * 20)}`, () => pick(['p01', 'P1', 'p', 'p1e1']), junk],
			d: [
				() => `2022-01-${String(Math.floor(rand() * 25)).padStart(2, '0')}`,
				() => `${num(1999, 2030, 0)}-02-29`,
				junk
			],
			place: [
				() => pick([...opts.placeIds!]),
				() => pick(['city:1', 'country:rus', 'feature:unrest-oral', '__proto__', '']),
				junk
			]
		})
	);
	// Our keys weigh more, so that every field is often accepted (the test checks it is).
	const ours = ['v', 'l', 'f', 'p', 'd', 'place'];
	const keys = [
		...ours,
		...ours,
		...ours,
		'__proto__',
		'__proto__[polluted]',
		'constructor',
		'toString',
		'x',
		'',
		'%E0%A4%A'
	];

	function randomQuery(): string {
		const parts = Array.from({ length: Math.floor(rand() * 8) }, () => {
			const key = pick(keys);
			const value = pick(values.get(key) ?? [junk])();
			const encoded = rand() < 0.5 ? encodeURIComponent(value) : value;
			return rand() < 0.1 ? junk() : `${key}=${encoded}`;
		});
		return (rand() < 0.3 ? '?' : '') + parts.join(pick(['&', '&', '&', '&&', ';']));
	}

	function expectInDomain(state: AppState) {
		const { view, layers, feature, passage, date, place } = state;
		if (view) {
			for (const n of [view.lon, view.lat, view.zoom]) expect(Number.isFinite(n)).toBe(true);
			expect(Math.abs(view.lon)).toBeLessThanOrEqual(VIEW_LIMITS.lon);
			expect(Math.abs(view.lat)).toBeLessThanOrEqual(VIEW_LIMITS.lat);
			expect(view.zoom).toBeGreaterThanOrEqual(VIEW_LIMITS.minZoom);
			expect(view.zoom).toBeLessThanOrEqual(VIEW_LIMITS.maxZoom);
		}
		expect(Object.keys(layers).sort()).toEqual([...LAYER_NAMES].sort());
		for (const on of Object.values(layers)) expect(typeof on).toBe('boolean');
		if (feature !== null) expect(opts.featureIds.has(feature)).toBe(true);
		if (passage !== null) expect(Array.from({ length: 14 }, (_, i) => `p${i + 1}`)).toContain(passage);
		if (date !== null)
			expect(date >= '2022-01-01' && date <= '2022-01-19' && /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
		if (place !== null) expect(opts.placeIds!.has(place)).toBe(true);
	}

	it('never throws, stays in the domain, and the result round-trips (600 queries)', () => {
		let accepted = 0;
		let rejectedSome = 0;
		const seen = new Map<string, number>();
		for (let i = 0; i < 600; i++) {
			const query = randomQuery();
			const { state, rejected } = parse(query);
			expectInDomain(state);
			for (const note of rejected) expect(note.length).toBeLessThan(400);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			// Whatever was accepted is canonical: it survives serialize → parse unchanged, and serializes stably.
			const q = serializeState(state);
			expect(parse(q), `query ${JSON.stringify(query)}`).toEqual({ state, rejected: [] });
			expect(serializeState(parse(q).state)).toBe(q);
			if (q !== '') accepted++;
			for (const part of q === '' ? [] : q.split('&')) {
				const key = part.split('=')[0]!;
				seen.set(key, (seen.get(key) ?? 0) + 1);
			}
			if (rejected.length > 0) rejectedSome++;
		}
		// The generator must exercise both sides, or the property says little.
		expect(accepted).toBeGreaterThan(150);
		expect(rejectedSome).toBeGreaterThan(150);
		for (const key of ours) expect(seen.get(key) ?? 0, key).toBeGreaterThan(25);
	});

	it('random valid states round-trip exactly (300 states)', () => {
		const ids = [...opts.featureIds];
		const maybe = <T>(f: () => T): T | null => (rand() < 0.3 ? null : f());
		for (let i = 0; i < 300; i++) {
			const state: AppState = {
				view: maybe(() => ({
					lon: Number(num(-180, 180, 3)),
					lat: Number(num(-85, 85, 3)),
					zoom: Number(num(2, 11, 2))
				})),
				layers: { ...DEFAULT_LAYERS },
				feature: maybe(() => pick(ids)),
				passage: maybe(() => `p${1 + Math.floor(rand() * 14)}`),
				date: maybe(() => `2022-01-${String(1 + Math.floor(rand() * 19)).padStart(2, '0')}`),
				place: maybe(() => pick([...opts.placeIds!]))
			};
			for (const name of LAYER_NAMES) state.layers[name] = rand() < 0.7;
			if (state.view)
				state.view = { lon: state.view.lon + 0, lat: state.view.lat + 0, zoom: state.view.zoom + 0 };
			expect(parse(serializeState(state))).toEqual({ state, rejected: [] });
		}
	});
});
