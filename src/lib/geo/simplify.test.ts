import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderMesh } from './mesh';
import {
	degreesPerPixel,
	detailLevel,
	DETAIL_ZOOMS,
	FULL_DETAIL,
	linesByDetail,
	polygonsByDetail,
	simplifyLine
} from './simplify';

const mercY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/** The largest distance (Mercator degrees) from a vertex of `original` to the simplified polyline. */
function maxDeviation(original: Position[], simplified: Position[]): number {
	const seg = (p: Position, a: Position, b: Position) => {
		const [px, py, ax, ay, bx, by] = [p[0]!, mercY(p[1]!), a[0]!, mercY(a[1]!), b[0]!, mercY(b[1]!)];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
		return Math.hypot(ax + t * dx - px, ay + t * dy - py);
	};
	let max = 0;
	for (const p of original) {
		let best = Infinity;
		for (let i = 1; i < simplified.length; i++)
			best = Math.min(best, seg(p, simplified[i - 1]!, simplified[i]!));
		max = Math.max(max, best);
	}
	return max;
}

describe('simplifyLine', () => {
	it('drops the vertices that lie within the tolerance and keeps a real corner', () => {
		const line: Position[] = [
			[0, 0],
			[1, 0.001],
			[2, 0],
			[3, 2],
			[4, 0]
		];
		expect(simplifyLine(line, 0.01)).toEqual([
			[0, 0],
			[2, 0],
			[3, 2],
			[4, 0]
		]);
	});

	it('keeps both endpoints, so lines that meet at a junction still meet', () => {
		const line: Position[] = [
			[10, 50],
			[10.5, 50.0001],
			[11, 50]
		];
		const out = simplifyLine(line, 1);
		expect(out[0]).toEqual([10, 50]);
		expect(out.at(-1)).toEqual([11, 50]);
		expect(out).toHaveLength(2);
	});

	it('keeps a closed ring closed and at least a triangle, however large the tolerance', () => {
		const ring: Position[] = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0.5, 1.2],
			[0, 1],
			[0, 0]
		];
		const out = simplifyLine(ring, 100);
		expect(out[0]).toEqual(out.at(-1));
		expect(new Set(out.map(String)).size).toBeGreaterThanOrEqual(3);
	});

	it('measures in Mercator: the same step in latitude counts for more in the north', () => {
		// A 0.01° bump in latitude moves ~0.0105 Mercator degrees at 10°N and ~0.0164 at 52°N.
		const bump = (lat: number): Position[] => [
			[0, lat],
			[1, lat + 0.01],
			[2, lat]
		];
		expect(simplifyLine(bump(10), 0.013)).toHaveLength(2);
		expect(simplifyLine(bump(52), 0.013)).toHaveLength(3);
	});

	it('returns a copy, and the line itself for a zero tolerance', () => {
		const line: Position[] = [
			[0, 0],
			[1, 0],
			[2, 0]
		];
		const out = simplifyLine(line, 0);
		expect(out).toEqual(line);
		expect(out).not.toBe(line);
		expect(() => simplifyLine(line, -1)).toThrow(RangeError);
		expect(() => simplifyLine(line, Number.NaN)).toThrow(RangeError);
	});
});

describe('detail levels', () => {
	it('draws the region borders within half a pixel at every zoom the map allows, and light when zoomed out', () => {
		const fc = JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection;
		const mesh = borderMesh(fc.features);
		const at = linesByDetail(mesh);
		const levels = Array.from({ length: FULL_DETAIL + 1 }, (_, level) => at(level));
		// How far each level's lines stray from the full borders, in Mercator degrees.
		const deviation = levels.map((lines) =>
			Math.max(...mesh.map((line, i) => maxDeviation(line, lines[i]!)))
		);
		const count = (ls: Position[][]) => ls.reduce((s, l) => s + l.length, 0);
		for (let zoom = 2; zoom <= 11; zoom += 0.05) {
			const level = detailLevel(zoom);
			const px = deviation[level]! / degreesPerPixel(zoom);
			expect(px, `zoom ${zoom.toFixed(2)}: level ${level} strays ${px.toFixed(3)} px`).toBeLessThanOrEqual(
				0.5 * 1.000001
			);
		}
		// The initial view on a 1400 × 900 screen (zoom 3.26) draws far fewer vertices than every one.
		expect(count(levels[detailLevel(3.26)]!)).toBeLessThan(0.6 * count(mesh));
	});

	it('keeps the region borders within half a pixel at each level, with far fewer vertices where zoomed out', () => {
		const fc = JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection;
		const mesh = borderMesh(fc.features);
		const at = linesByDetail(mesh);
		const levels = Array.from({ length: FULL_DETAIL + 1 }, (_, level) => at(level));
		expect(at(FULL_DETAIL)).toEqual(mesh);
		// Made once per level: deck.gl keeps its buffers only while `data` is the same array.
		expect(at(0)).toBe(levels[0]);
		expect(() => at(FULL_DETAIL + 1)).toThrow(RangeError);
		const count = (ls: Position[][]) => ls.reduce((s, l) => s + l.length, 0);
		const counts = levels.map(count);
		// Measured: 2,840 vertices in full, 1,391 at level 0 (the initial view on a 1400 px screen).
		expect(counts[0]!).toBeLessThan(0.6 * counts[FULL_DETAIL]!);
		for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
		DETAIL_ZOOMS.forEach((z, level) => {
			const tolerance = 0.5 * degreesPerPixel(z);
			mesh.forEach((line, i) => {
				const out = levels[level]![i]!;
				expect(out[0]).toEqual(line[0]);
				expect(out.at(-1)).toEqual(line.at(-1));
				expect(maxDeviation(line, out)).toBeLessThanOrEqual(tolerance * 1.000001);
			});
		});
	});
});

describe('polygonsByDetail', () => {
	it('simplifies the north zone outline per level, keeping rings closed and the properties it is picked by', () => {
		const fc = JSON.parse(readFileSync('geodata/north.geojson', 'utf8')) as FeatureCollection;
		const at = polygonsByDetail(fc);
		const levels = Array.from({ length: FULL_DETAIL + 1 }, (_, level) => at(level).features);
		expect(at(FULL_DETAIL)).toBe(fc);
		expect(at(1)).toBe(at(1));
		const rings = (fs: FeatureCollection['features']) =>
			fs.flatMap((f) =>
				f.geometry.type === 'Polygon'
					? f.geometry.coordinates
					: f.geometry.type === 'MultiPolygon'
						? f.geometry.coordinates.flat()
						: []
			);
		const count = (fs: FeatureCollection['features']) => rings(fs).reduce((s, r) => s + r.length, 0);
		expect(count(levels[0]!)).toBeLessThan(count(fc.features));
		for (const level of levels) {
			level.forEach((f, i) => expect(f.properties).toBe(fc.features[i]!.properties));
			for (const r of rings(level)) {
				expect(r[0]).toEqual(r.at(-1));
				expect(r.length).toBeGreaterThanOrEqual(4);
			}
		}
	});
});
