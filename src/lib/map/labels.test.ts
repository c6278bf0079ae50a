import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './labels';

const view = { width: 400, height: 300 };
const label = (key: string, priority: number, x: number, y: number, extra: Partial<LabelCandidate> = {}) => ({
	key,
	priority,
	x,
	y,
	width: 60,
	height: 14,
	anchor: 'left' as const,
	...extra
});

describe('placeLabels', () => {
	it('keeps the more important of two overlapping names, whatever the input order', () => {
		const a = label('Almaty', 1, 100, 100);
		const b = label('Kaskelen', 3, 120, 104);
		expect(placeLabels([b, a], view).map((p) => p.key)).toEqual(['Almaty']);
		expect(placeLabels([a, b], view).map((p) => p.key)).toEqual(['Almaty']);
	});

	it('keeps names that do not touch, and breaks ties by input order', () => {
		const placed = placeLabels([label('B', 2, 10, 50), label('A', 2, 200, 50), label('C', 2, 15, 55)], view);
		expect(placed.map((p) => p.key)).toEqual(['B', 'A']);
	});

	it('leaves a gap between kept boxes', () => {
		// 60 px wide boxes starting 62 px apart: 2 px apart, inside the default 3 px gap.
		expect(placeLabels([label('a', 1, 10, 50), label('b', 2, 72, 50)], view)).toHaveLength(1);
		expect(placeLabels([label('a', 1, 10, 50), label('b', 2, 74, 50)], view)).toHaveLength(2);
	});

	it('drops names that would be cut by the edge of the map', () => {
		expect(placeLabels([label('east', 1, 380, 100), label('north', 1, 50, 3)], view)).toEqual([]);
	});

	it('keeps names clear of the map buttons they would hide behind', () => {
		// The zoom buttons down the right edge of a phone's map, where "RUSSIA" once lost its "IA".
		const buttons = { left: 350, top: 10, right: 380, bottom: 97 };
		const placed = placeLabels([label('under', 1, 300, 90), label('below', 1, 300, 120)], view, 3, [buttons]);
		expect(placed.map((p) => p.key)).toEqual(['below']);
	});

	it('centres country names on their anchor and starts city names at theirs', () => {
		const [country] = placeLabels([label('KAZAKHSTAN', 1, 200, 150, { anchor: 'center', width: 100 })], view);
		expect(country).toEqual({ key: 'KAZAKHSTAN', left: 150, top: 143 });
		const [city] = placeLabels([label('Astana', 1, 200, 150)], view);
		expect(city).toEqual({ key: 'Astana', left: 200, top: 143 });
	});

	it('skips anchors that do not project (NaN) instead of placing them at the origin', () => {
		expect(placeLabels([label('nowhere', 1, NaN, 10)], view)).toEqual([]);
	});
});
