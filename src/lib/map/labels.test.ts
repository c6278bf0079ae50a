import { describe, expect, it } from 'vitest';
import type { BasemapLabel } from './basemap';
import {
	featureCandidates,
	nameCandidates,
	placeAsSeen,
	placeLabels,
	type Measure,
	type PlaceInput,
	wrappings
} from './labels';

// Text half as wide as its font size per character, plus letter spacing: enough to size boxes.
const measure: Measure = (text, font, spacing) =>
	text.length * (Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]) / 2) + spacing * text.length;

const city = (name: string, rank: number, lngLat: [number, number], capital = false): BasemapLabel => ({
	kind: 'city',
	name,
	rank,
	capital,
	lngLat
});
const country = (name: string, rank: number, lngLat: [number, number]): BasemapLabel => ({
	kind: 'country-label',
	name,
	rank,
	capital: false,
	lngLat
});

/** A plane where 1° is 10 px, so fixtures read as pixel positions. */
const plane = ([x, y]: [number, number]): [number, number] => [x * 10, y * 10];
const frame = { left: 0, top: 0, right: 400, bottom: 300 };
const place = (names: BasemapLabel[], extra: Partial<PlaceInput> = {}) =>
	placeLabels({
		candidates: nameCandidates(names, measure),
		project: plane,
		frame,
		scale: 1,
		zoom: 5,
		obstacles: [],
		...extra
	}).map((l) => l.text);

describe('placeLabels', () => {
	it('keeps the more important of two overlapping names, whatever the input order', () => {
		const a = city('Almaty', 1, [10, 10]);
		const b = city('Kaskelen', 3, [12, 10.4]);
		expect(place([b, a])).toEqual(['Almaty']);
		expect(place([a, b])).toEqual(['Almaty']);
	});

	it('places country names before cities, and breaks ties by input order', () => {
		expect(place([city('Oral', 1, [1, 5]), country('Russia', 2, [3, 5])])).toEqual(['RUSSIA']);
		expect(place([city('B', 2, [1, 5]), city('A', 2, [20, 5]), city('C', 2, [1.5, 5.5])])).toEqual([
			'B',
			'A'
		]);
	});

	it('leaves a gap of 3 px between kept boxes, scaled with the names', () => {
		// "Aa" at 12 px: 10.5 px to the text plus 12 px of text, its box starting 4 px left of the dot.
		const pair = (dx: number) => [city('Aa', 1, [1, 5]), city('Bb', 2, [1 + dx / 10, 5])];
		expect(place(pair(24.5))).toEqual(['Aa']); // 2 px apart
		expect(place(pair(25.6))).toEqual(['Aa', 'Bb']); // 3.1 px apart
		// Twice the size, twice the gap: the same pair, twice as far apart on a twice larger plane.
		const big = (dx: number) =>
			place(pair(dx), { scale: 2, project: (p) => plane(p).map((v) => 2 * v) as [number, number] });
		expect(big(24.5)).toEqual(['Aa']);
		expect(big(25.6)).toEqual(['Aa', 'Bb']);
	});

	it('drops names that would be cut by the edge of the frame', () => {
		expect(place([city('East', 1, [38, 10]), city('North', 1, [5, 0.3])])).toEqual([]);
	});

	it('keeps names clear of the obstacles they would hide behind', () => {
		// The zoom buttons down the right edge of a phone's map, where "RUSSIA" once lost its "IA".
		const buttons = { left: 350, top: 10, right: 380, bottom: 97 };
		const names = [city('Under', 1, [33, 9]), city('Below', 1, [33, 12])];
		expect(place(names, { obstacles: [buttons] })).toEqual(['Below']);
	});

	it('centres country names on their anchor and puts a city name right of its dot', () => {
		const [kz, astana] = placeLabels({
			candidates: nameCandidates(
				[country('Kazakhstan', 1, [20, 15]), city('Astana', 2, [20, 5], true)],
				measure
			),
			project: plane,
			frame,
			scale: 1,
			zoom: 5,
			obstacles: []
		});
		// 10 letters at 14 px: 7 px each plus 0.12 em of spacing.
		expect(kz).toMatchObject({ text: 'KAZAKHSTAN', anchor: 'middle', x: 200, y: 150, size: 14, dot: null });
		expect(kz!.box.left).toBeCloseTo(200 - (10 * (7 + 1.68)) / 2);
		expect(astana).toMatchObject({ text: 'Astana', anchor: 'start', x: 196 + 11, y: 50, weight: 600 });
		expect(astana!.dot).toMatchObject({ x: 200, y: 50, r: 4 });
		expect(astana!.box).toMatchObject({ left: 196, top: 50 - 7.2 });
	});

	it('skips anchors that do not project (NaN) instead of placing them at the origin', () => {
		expect(place([city('Nowhere', 1, [NaN, 1])])).toEqual([]);
	});

	it('leaves cities out below zoom 3 of the reader’s view, at any output scale', () => {
		const names = [city('Aktau', 1, [5, 5]), country('Iran', 2, [20, 20])];
		expect(place(names, { zoom: 2.9 })).toEqual(['IRAN']);
		expect(place(names, { zoom: 2.9, scale: 4 })).toEqual(['IRAN']);
		expect(place(names, { zoom: 3 })).toEqual(['IRAN', 'Aktau']);
	});

	it('picks the same names in an output k times larger, names scaled by k', () => {
		// 80 names on a grid crowded enough that about half lose to a neighbour.
		const names = Array.from({ length: 80 }, (_, i) =>
			city(`Town ${i}`, 1 + (i % 7), [2 + ((i * 37) % 35), 1 + ((i * 53) % 28)])
		);
		const small = place(names);
		expect(small.length).toBeGreaterThan(15);
		expect(small.length).toBeLessThan(70);
		for (const k of [0.7, 1.25, 2.74]) {
			const big = place(names, {
				scale: k,
				project: (p) => plane(p).map((v) => k * v + 30) as [number, number],
				frame: { left: 30, top: 30, right: 30 + 400 * k, bottom: 30 + 300 * k }
			});
			expect(big, `at ×${k}`).toEqual(small);
		}
	});
});

describe('placeAsSeen', () => {
	// The reader's screen is the 400 × 300 frame with a legend panel over its left 100 px; the export
	// frames the part clear of it, 300 × 300, into a wider box (450 × 300) at the same scale, so it shows
	// 150 px more: 100 px of them under the screen's legend, 50 px past the screen's right edge.
	const legend = { left: 0, top: 0, right: 100, bottom: 300 };
	const asExport = (names: BasemapLabel[], obstacles: PlaceInput['obstacles'] = []) =>
		placeAsSeen({
			candidates: nameCandidates(names, measure),
			project: plane,
			frame: { left: 0, top: 0, right: 450, bottom: 300 },
			scale: 1,
			zoom: 5,
			obstacles,
			seen: { frame, obstacles: [legend] }
		}).map((l) => l.text);

	it('keeps every name the screen shows where the export shows that part of the map', () => {
		const names = [city('Oral', 1, [20, 5]), city('Atyrau', 2, [25, 15]), country('Russia', 1, [30, 25])];
		expect(asExport(names)).toEqual(place(names, { obstacles: [legend] }));
	});

	it('does not let a name the screen hid under a panel push out one the screen shows', () => {
		// "Samara" (rank 1) reaches under the legend, so the screen leaves it out and shows "Syzran";
		// in the export the legend is not there, but Syzran stays and Samara does not take its place.
		const names = [city('Samara', 1, [9.5, 10]), city('Syzran', 2, [10.7, 10])];
		expect(place(names, { obstacles: [legend] })).toEqual(['Syzran']);
		expect(place(names)).toEqual(['Samara']);
		expect(asExport(names)).toEqual(['Syzran']);
	});

	it('names the part of the map the screen did not show', () => {
		// Past the screen's right edge (400 px) and under its legend: nothing there on screen.
		const names = [city('Omsk', 3, [41, 10]), city('Ufa', 3, [2, 20])];
		expect(place(names, { obstacles: [legend] })).toEqual([]);
		expect(asExport(names)).toEqual(['Omsk', 'Ufa']);
	});

	it('drops a name under an export decoration rather than put the name it beat there', () => {
		const northArrow = { left: 150, top: 40, right: 250, bottom: 60 };
		const names = [city('Kostanay', 1, [20, 5]), city('Rudny', 2, [20.5, 5.2]), city('Oral', 3, [20, 20])];
		expect(place(names, { obstacles: [legend] })).toEqual(['Kostanay', 'Oral']);
		expect(asExport(names, [{ left: 190, top: 40, right: 260, bottom: 60 }])).toEqual(['Oral']);
		expect(asExport(names, [northArrow])).toEqual(['Oral']);
	});
});

describe('the active passage’s features', () => {
	it('are named before any place name, which makes room for them', () => {
		const crimea = {
			id: 'ctx-crimea',
			name: 'Crimea (Simferopol), 2014',
			lngLat: [10, 10] as [number, number],
			marker: true
		};
		const candidates = [
			...nameCandidates([country('Ukraine', 1, [12, 10]), city('Simferopol', 1, [10.1, 10.2])], measure),
			...featureCandidates([crimea], measure)
		];
		const placed = placeLabels({ candidates, project: plane, frame, scale: 1, zoom: 5, obstacles: [] });
		expect(placed.map((l) => l.text)).toEqual(['Crimea (Simferopol), 2014']);
		// Beside its marker: the box starts 12 px right of the point the map draws the marker on.
		expect(placed[0]!.box.left).toBe(112);
		expect(placed[0]!.kind).toBe('feature');
	});
});

describe('a marker’s name', () => {
	it('goes left of the marker where the frame has no room on its right', () => {
		const f = (x: number) => ({
			id: 'ctx-south-ossetia',
			name: 'South Ossetia',
			lngLat: [x, 10] as [number, number],
			marker: true
		});
		const at = (x: number) =>
			placeLabels({
				candidates: featureCandidates([f(x)], measure),
				project: plane,
				frame,
				scale: 1,
				zoom: 5,
				obstacles: []
			})[0];
		expect(at(20)).toMatchObject({ anchor: 'start', x: 212 });
		// 13 letters at 12.5 px: 81.25 px; from x 390 it would end past the frame's 400 px.
		expect(at(39)).toMatchObject({ anchor: 'end', x: 378 });
		expect(at(39)!.box.left).toBeCloseTo(378 - 81.25);
	});
});

describe('where a feature’s name finds no room', () => {
	const place = (
		f: Parameters<typeof featureCandidates>[0][number],
		obstacles: PlaceInput['obstacles'] = [],
		fr = frame
	) =>
		placeLabels({
			candidates: featureCandidates([f], measure),
			project: plane,
			frame: fr,
			scale: 1,
			zoom: 5,
			obstacles
		})[0];

	it('goes over its marker, then under it, where both sides are taken', () => {
		const f = { id: 'tengiz', name: 'Tengiz', lngLat: [20, 15] as [number, number], marker: true };
		// Both sides of the marker at (200, 150) blocked: the name is centred over it, 12 px clear.
		const sides = [
			{ left: 215, top: 145, right: 300, bottom: 155 },
			{ left: 100, top: 145, right: 185, bottom: 155 }
		];
		const over = place(f, sides)!;
		expect(over).toMatchObject({ anchor: 'middle', x: 200 });
		expect(over.box.bottom).toBe(138);
		const under = place(f, [...sides, { left: 150, top: 100, right: 250, bottom: 139 }])!;
		expect(under.box.top).toBe(162);
	});

	it('stands farther along its line where the middle is taken', () => {
		const f = {
			id: 'pipeline',
			name: 'Pipeline',
			lngLat: [20, 15] as [number, number],
			alternatives: [[12, 15] as [number, number]],
			marker: false
		};
		expect(place(f)).toMatchObject({ x: 200, y: 150 });
		expect(place(f, [{ left: 180, top: 100, right: 230, bottom: 200 }])).toMatchObject({ x: 120, y: 150 });
	});

	it('is wrapped onto more lines where one line is wider than the room', () => {
		const name = 'Caspian Pipeline Consortium (CPC) oil pipeline, Tengiz-Novorossiysk';
		const f = { id: 'cpc', name, lngLat: [20, 15] as [number, number], marker: false };
		// 68 characters at 6.25 px: 425 px, wider than the 400 px frame.
		const l = place(f)!;
		expect(l.lines.length).toBeGreaterThan(1);
		expect(l.lines.join(' ')).toBe(name);
		expect(l.box.right - l.box.left).toBeLessThanOrEqual(400);
		expect(l.box.bottom - l.box.top).toBeCloseTo(12.5 * 1.2 * l.lines.length);
		// A frame with room on one line keeps the name on one.
		expect(
			place({ ...f, lngLat: [30, 15] }, [], { left: 0, top: 0, right: 600, bottom: 300 })!.lines
		).toEqual([name]);
	});

	it('breaks only between words, each line near its share of the width', () => {
		const width = (s: string) => s.length * 6.25;
		expect(wrappings('Kashagan oil field (offshore)', width)).toEqual([
			['Kashagan oil field (offshore)'],
			['Kashagan oil', 'field (offshore)'],
			['Kashagan', 'oil field', '(offshore)']
		]);
		expect(wrappings('Tengiz', (s) => s.length * 6.25)).toEqual([['Tengiz']]);
	});
});
