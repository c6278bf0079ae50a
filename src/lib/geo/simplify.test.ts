import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { transform } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { degreesPerPixel, mercatorY } from './mercator';
import { pack } from './pack';
import { detailLevel, FULL_DETAIL, presimplifyMercator, topologyByDetail } from './simplify';

const regions = () =>
	pack(JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection, 4);

/** A topology's arcs in absolute coordinates. */
const absoluteArcs = (t: Topology): Position[][] => {
	const decode = transform(t.transform ?? null);
	return t.arcs.map((arc) => arc.map((p, i) => decode(p, i > 0)));
};

/**
 * The largest distance (Web Mercator, degrees of longitude) from a vertex of `original` to the
 * simplified line, whose positions are some of the original's, in order: each original vertex is
 * measured against the simplified segment that skips it (linear, so the test stays fast).
 */
function maxDeviation(original: Position[], simplified: Position[]): number {
	const key = (p: Position) => `${Math.round(p[0]! * 1e4)},${Math.round(p[1]! * 1e4)}`;
	const seg = (p: Position, a: Position, b: Position) => {
		const [px, py] = [p[0]!, mercatorY(p[1]!)];
		const [ax, ay, bx, by] = [a[0]!, mercatorY(a[1]!), b[0]!, mercatorY(b[1]!)];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
		return Math.hypot(ax + t * dx - px, ay + t * dy - py);
	};
	let max = 0;
	let k = 0; // the simplified segment k–(k+1) being walked
	expect(key(original[0]!)).toBe(key(simplified[0]!));
	for (let i = 1; i < original.length; i++) {
		const p = original[i]!;
		if (k + 1 < simplified.length && key(p) === key(simplified[k + 1]!)) {
			k++;
			continue;
		}
		max = Math.max(max, seg(p, simplified[k]!, simplified[k + 1]!));
	}
	// Every simplified position was met, in order: the line is a subsequence of the original.
	expect(k).toBe(simplified.length - 1);
	return max;
}

const count = (t: Topology) => t.arcs.reduce((s, a) => s + a.length, 0);

describe('detail levels (topojson-simplify with a Web Mercator distance weight)', () => {
	it('draws the region borders within half a pixel at every zoom the map allows, and light when zoomed out', () => {
		const topo = regions();
		const full = absoluteArcs(topo);
		const at = topologyByDetail(topo, topo.decimals);
		const levels = Array.from({ length: FULL_DETAIL + 1 }, (_, level) => at(level));
		// How far each level's arcs stray from the full ones, in Mercator degrees.
		const deviation = levels.map((t) => Math.max(...full.map((arc, i) => maxDeviation(arc, t.arcs[i]!))));
		for (let zoom = 2; zoom <= 11; zoom += 0.05) {
			const level = detailLevel(zoom);
			const px = deviation[level]! / degreesPerPixel(zoom);
			expect(px, `zoom ${zoom.toFixed(2)}: level ${level} strays ${px.toFixed(3)} px`).toBeLessThanOrEqual(
				0.5 * 1.000001
			);
		}
		// The initial view on a 1400 × 900 screen (zoom 3.26) draws far fewer vertices than every one.
		// Measured: 2,840 arc positions in full, 1,411 at level 0.
		expect(count(levels[detailLevel(3.26)]!)).toBeLessThan(0.6 * count(topo));
		for (let i = 1; i < levels.length; i++)
			expect(count(levels[i]!)).toBeGreaterThanOrEqual(count(levels[i - 1]!));
	});

	it('keeps every arc’s ends, so the borders of three regions still meet at their junction', () => {
		const topo = regions();
		const full = absoluteArcs(topo);
		const at = topologyByDetail(topo, topo.decimals);
		const round = (p: Position) => p.map((v) => Math.round(v * 1e4) / 1e4);
		for (let level = 0; level < FULL_DETAIL; level++)
			at(level).arcs.forEach((arc, i) => {
				expect(arc[0]).toEqual(round(full[i]![0]!));
				expect(arc.at(-1)).toEqual(round(full[i]!.at(-1)!));
			});
	});

	it('gives back exactly the source’s coordinates at full detail, each level made once', () => {
		const fc = JSON.parse(readFileSync('geodata/north.geojson', 'utf8')) as FeatureCollection;
		const topo = pack(fc, 4);
		const at = topologyByDetail(topo, topo.decimals);
		const sourceVertices = new Set(
			fc.features.flatMap((f) => JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [])
		);
		const kept = at(FULL_DETAIL)
			.arcs.flat()
			.map((p) => `${p[0]},${p[1]}`);
		expect(new Set(kept)).toEqual(sourceVertices);
		// Simplified levels keep a subset of those same positions, not new ones.
		for (const p of at(0).arcs.flat()) expect(sourceVertices.has(`${p[0]},${p[1]}`)).toBe(true);
		// deck.gl keeps its buffers only while `data` is the same array.
		expect(at(0)).toBe(at(0));
		expect(() => at(FULL_DETAIL + 1)).toThrow(RangeError);
	});

	it('measures in Mercator: the same step in latitude counts for more in the north', () => {
		// A 0.01° bump in latitude moves ~0.0102 Mercator degrees at 10° N and ~0.0162 at 52° N.
		const bump = (lat: number): FeatureCollection => ({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'LineString',
						coordinates: [
							[0, lat],
							[1, lat + 0.01],
							[2, lat]
						]
					}
				}
			]
		});
		const weightOfMiddle = (lat: number) => presimplifyMercator(pack(bump(lat), 4)).arcs[0]![1]![2]!;
		expect(weightOfMiddle(10)).toBeLessThan(0.013);
		expect(weightOfMiddle(52)).toBeGreaterThan(0.013);
		expect(weightOfMiddle(52)).toBeCloseTo(mercatorY(52.01) - mercatorY(52), 6);
	});

	it('refuses a topology that is not quantised (the weight needs each position’s place in its arc)', () => {
		const topo = regions();
		expect(() => presimplifyMercator({ ...topo, transform: undefined })).toThrow(/quantised/);
	});
});
