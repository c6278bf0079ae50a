import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderMesh } from './mesh';

const square = (x: number, y: number, id: string): Feature => ({
	type: 'Feature',
	properties: { id },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + 1, y],
				[x + 1, y + 1],
				[x, y + 1],
				[x, y]
			]
		]
	}
});

/** Every undirected edge of the lines, counted: a border drawn twice shows up as a 2. */
function edgeCounts(lines: Position[][]) {
	const counts = new Map<string, number>();
	for (const line of lines)
		for (let i = 1; i < line.length; i++) {
			const [a, b] = [String(line[i - 1]), String(line[i])].sort();
			const k = `${a}|${b}`;
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
	return counts;
}

describe('borderMesh', () => {
	it('draws the border two neighbours share once', () => {
		const lines = borderMesh([square(0, 0, 'a'), square(1, 0, 'b')]);
		const counts = edgeCounts(lines);
		// Two squares have 8 edges; the shared one (1,0)–(1,1) is one of them for both: 7 remain.
		expect(counts.size).toBe(7);
		expect([...counts.values()].every((n) => n === 1)).toBe(true);
		expect(counts.get('1,0|1,1')).toBe(1);
	});

	it('splits lines at junctions, so no line starts or ends inside a border', () => {
		// Two squares side by side: (1,0) and (1,1) are where three edges meet.
		const lines = borderMesh([square(0, 0, 'a'), square(1, 0, 'b')]);
		const ends = lines.map((l) => [String(l[0]), String(l.at(-1))].sort().join(' '));
		expect(ends.sort()).toEqual(['1,0 1,1', '1,0 1,1', '1,0 1,1']);
	});

	it('returns a ring that touches nothing as one closed line', () => {
		const lines = borderMesh([square(5, 5, 'alone')]);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toHaveLength(5);
		expect(lines[0]![0]).toEqual(lines[0]!.at(-1));
	});

	it('ignores points and lines, and repeated vertices', () => {
		const repeated = square(0, 0, 'r');
		(repeated.geometry as { coordinates: Position[][] }).coordinates[0]!.splice(1, 0, [0, 0]);
		const lines = borderMesh([
			repeated,
			{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [9, 9] } },
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: [
						[9, 9],
						[10, 10]
					]
				}
			}
		]);
		expect(edgeCounts(lines).size).toBe(4);
	});

	it('keeps every border of the 17 regions, each once, with fewer vertices than the rings', () => {
		const fc = JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection;
		const rings: Position[][] = fc.features.flatMap((f) =>
			f.geometry.type === 'Polygon'
				? f.geometry.coordinates
				: f.geometry.type === 'MultiPolygon'
					? f.geometry.coordinates.flat()
					: []
		);
		const lines = borderMesh(fc.features);
		const mesh = edgeCounts(lines);
		expect([...mesh.values()].every((n) => n === 1)).toBe(true);
		expect(new Set(mesh.keys())).toEqual(new Set(edgeCounts(rings).keys()));
		const vertices = (ls: Position[][]) => ls.reduce((s, l) => s + l.length, 0);
		// Measured: 3,752 ring vertices, 2,840 in the mesh (46 lines).
		expect(vertices(lines)).toBeLessThan(0.8 * vertices(rings));
	});
});
