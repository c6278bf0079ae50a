import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection } from 'geojson';
import { anchorsOf } from './anchors';
import { arcPath } from './arc';

const read = (name: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../geodata/${name}.geojson`, import.meta.url), 'utf8')
	) as FeatureCollection;

describe('anchorsOf', () => {
	it('gives a point itself', () => {
		expect(anchorsOf({ type: 'Point', coordinates: [71.4, 51.1] })).toEqual([
			{ position: [71.4, 51.1], role: 'point' }
		]);
	});

	it("gives a line's ends and the point half-way along it, not its middle vertex", () => {
		// Three vertices, the middle one near the start: half the length lies on the long second piece.
		const a = anchorsOf({
			type: 'LineString',
			coordinates: [
				[60, 45],
				[61, 45],
				[70, 45]
			]
		});
		expect(a.map((x) => x.role)).toEqual(['start', 'middle', 'end']);
		expect(a[1]!.position[0]).toBeCloseTo(65, 1);
		expect(a[1]!.position[1]).toBeGreaterThan(44.9);
	});

	it("takes a curved line's middle on the drawn curve, off the straight chord", () => {
		const from: [number, number] = [38.1, 55.9];
		const to: [number, number] = [77.0, 43.35];
		const [, middle] = anchorsOf({ type: 'LineString', coordinates: [from, to] }, { curved: true });
		const curve = arcPath(from, to);
		const nearest = Math.min(
			...curve.map((p) => Math.hypot(p[0] - middle!.position[0], p[1] - middle!.position[1]))
		);
		expect(nearest).toBeLessThan(0.6);
		// The chord's midpoint is far from the curve's (the bend is 12 % of the chord's length).
		expect(Math.hypot(middle!.position[0] - 57.55, middle!.position[1] - 49.6)).toBeGreaterThan(2);
	});

	it("puts a C-shaped polygon's label point inside it, where its bounding box's centre is not", () => {
		const c = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 2],
					[2, 2],
					[2, 8],
					[10, 8],
					[10, 10],
					[0, 10],
					[0, 0]
				]
			]
		};
		const [p] = anchorsOf(c);
		expect(booleanPointInPolygon(p!.position, c)).toBe(true);
		expect(booleanPointInPolygon([5, 5], c)).toBe(false);
	});

	it('puts every region and the north outline inside itself (real data)', () => {
		for (const name of ['regions', 'north']) {
			// Shymkent, a city of republican significance, is a point: it has no outline to be inside.
			for (const f of read(name).features.filter((f) => f.geometry.type !== 'Point')) {
				const [p] = anchorsOf(f.geometry);
				expect(p, `${name} › ${String(f.properties?.id)}`).toBeDefined();
				expect(booleanPointInPolygon(p!.position, f as never), `${name} › ${String(f.properties?.id)}`).toBe(
					true
				);
			}
		}
	});
});
