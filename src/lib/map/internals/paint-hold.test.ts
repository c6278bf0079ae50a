import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdPaintUntil, type HoldableMap } from './paint-hold';

/** The hold on the basemap alone: the tests of its release paths need no second condition. */
const holdPaintUntilLoaded = (map: HoldableMap, timeoutMs = 4000, onRelease?: (by: string) => void) =>
	holdPaintUntil(map, () => map.loaded(), timeoutMs, undefined, onRelease);

/** MapLibre's shape where it matters here: a painter whose `render` lives on its prototype. */
class FakePainter {
	painted = 0;
	render() {
		this.painted++;
		return 'painted';
	}
}

function fakeMap() {
	const handlers = new Map<string, () => void>();
	const map = {
		painter: new FakePainter(),
		isLoaded: false,
		repaints: 0,
		loaded() {
			return this.isLoaded;
		},
		once(type: string, fn: () => void) {
			handlers.set(type, fn);
			return this;
		},
		off(type: string) {
			handlers.delete(type);
			return this;
		},
		triggerRepaint() {
			this.repaints++;
		},
		emit(type: string) {
			handlers.get(type)?.();
		}
	};
	return map;
}
const asHoldable = (m: ReturnType<typeof fakeMap>) => m as unknown as HoldableMap;

afterEach(() => vi.useRealTimers());

describe('holdPaintUntil on the basemap alone', () => {
	it('paints nothing while tiles are missing, then the complete frame and every frame after it', () => {
		const map = fakeMap();
		holdPaintUntilLoaded(asHoldable(map));
		expect(map.painter.render()).toBeUndefined();
		expect(map.painter.render()).toBeUndefined();
		expect(map.painter.painted).toBe(0);
		map.isLoaded = true;
		expect(map.painter.render()).toBe('painted');
		// Released for good: a later frame with tiles missing (panning) is painted as usual.
		map.isLoaded = false;
		map.painter.render();
		expect(map.painter.painted).toBe(2);
		expect(Object.prototype.hasOwnProperty.call(map.painter, 'render')).toBe(false);
		expect(map.repaints).toBe(0);
	});

	it('does not keep the map blank when a tile never loads: released on error, with a repaint', () => {
		const map = fakeMap();
		holdPaintUntilLoaded(asHoldable(map));
		map.emit('error');
		expect(map.repaints).toBe(1);
		map.painter.render();
		expect(map.painter.painted).toBe(1);
	});

	it('is released after the timeout whatever happens', () => {
		vi.useFakeTimers();
		const map = fakeMap();
		holdPaintUntilLoaded(asHoldable(map), 1000);
		vi.advanceTimersByTime(999);
		map.painter.render();
		expect(map.painter.painted).toBe(0);
		vi.advanceTimersByTime(1);
		expect(map.repaints).toBe(1);
		map.painter.render();
		expect(map.painter.painted).toBe(1);
	});

	it('stops holding for a map being removed, and its timer then asks for no frame', () => {
		vi.useFakeTimers();
		const map = fakeMap();
		const stop = holdPaintUntilLoaded(asHoldable(map), 1000);
		stop();
		vi.advanceTimersByTime(2000);
		expect(map.repaints).toBe(0);
		map.painter.render();
		expect(map.painter.painted).toBe(1);
	});

	it('holds nothing on a map without the painter it knows', () => {
		const map = fakeMap();
		(map as { painter?: unknown }).painter = undefined;
		expect(() => holdPaintUntilLoaded(asHoldable(map))()).not.toThrow();
	});
});

describe('holdPaintUntil with the deck.gl layers (the live map and the export)', () => {
	it("paints nothing while the caller's condition is false, though the map is loaded, then the frame in which it holds", () => {
		const map = fakeMap();
		let layersLoaded = false;
		const report = { engaged: false, heldFrames: 0, releasedBy: null };
		holdPaintUntil(asHoldable(map), () => layersLoaded && map.loaded(), 60_000, report);
		map.isLoaded = true;
		expect(map.painter.render()).toBeUndefined();
		expect(map.painter.painted).toBe(0);
		layersLoaded = true;
		expect(map.painter.render()).toBe('painted');
		expect(report).toEqual({ engaged: true, heldFrames: 1, releasedBy: 'complete' });
		// Later tiles of a tiled export paint as usual.
		layersLoaded = false;
		map.painter.render();
		expect(map.painter.painted).toBe(2);
	});

	it('says once what released it, and not for a map being removed', () => {
		vi.useFakeTimers();
		const released: string[] = [];
		const map = fakeMap();
		holdPaintUntilLoaded(asHoldable(map), 1000, (by) => released.push(by));
		map.isLoaded = true;
		map.painter.render();
		map.emit('error');
		vi.advanceTimersByTime(2000);
		expect(released).toEqual(['complete']);
		const removed = fakeMap();
		holdPaintUntilLoaded(asHoldable(removed), 1000, (by) => released.push(by))();
		vi.advanceTimersByTime(2000);
		expect(released).toEqual(['complete']);
	});
});
