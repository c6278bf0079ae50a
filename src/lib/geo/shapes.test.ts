import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pack } from './pack';
import { shapesByDetail } from './shapes';
import { detailLevel, FULL_DETAIL } from './simplify';

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
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

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

const ringsOf = (fs: readonly Feature[]): Position[][] =>
	fs.flatMap((f) =>
		f.geometry.type === 'Polygon'
			? f.geometry.coordinates
			: f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates.flat()
				: []
	);
const vertices = (ls: Position[][]) => ls.reduce((s, l) => s + l.length, 0);

const regionsFile = () => JSON.parse(readFileSync('geodata/regions.geojson', 'utf8')) as FeatureCollection;

describe('shapesByDetail (topojson-client mesh and feature on one level’s arcs)', () => {
	it('draws the border two neighbours share once', () => {
		const fc = collection([square(0, 0, 'a'), square(1, 0, 'b')]);
		const { borders } = shapesByDetail(fc, pack(fc, 4));
		const counts = edgeCounts(borders(FULL_DETAIL));
		// Two squares have 8 edges; the shared one (1,0)–(1,1) is one of them for both: 7 remain.
		expect(counts.size).toBe(7);
		expect([...counts.values()].every((n) => n === 1)).toBe(true);
		expect(counts.get('1,0|1,1')).toBe(1);
	});

	it('keeps every border of the 17 regions, each once (the outer border too), with fewer vertices than the rings', () => {
		const fc = regionsFile();
		const { borders } = shapesByDetail(fc, pack(fc, 4));
		const mesh = edgeCounts(borders(FULL_DETAIL));
		const rings = ringsOf(fc.features);
		expect([...mesh.values()].every((n) => n === 1)).toBe(true);
		expect(new Set(mesh.keys())).toEqual(new Set(edgeCounts(rings).keys()));
		// Measured: 3,752 ring vertices, 2,814 in the mesh.
		expect(vertices(borders(FULL_DETAIL))).toBeLessThan(0.8 * vertices(rings));
	});

	it('fills and borders at a detail level have the same edges: a fill meets its border and its neighbour', () => {
		const fc = regionsFile();
		const shapes = shapesByDetail(fc, pack(fc, 4));
		for (const level of [detailLevel(3.26), 1, 2, FULL_DETAIL]) {
			const fillEdges = edgeCounts(ringsOf(shapes.areas(level).features));
			const borderEdges = edgeCounts(shapes.borders(level));
			expect(new Set(fillEdges.keys()), `level ${level}`).toEqual(new Set(borderEdges.keys()));
		}
		// And the simplified level is lighter than the full one, for fills as for borders.
		const v = (level: number) => vertices(ringsOf(shapes.areas(level).features));
		expect(v(0)).toBeLessThan(0.6 * v(FULL_DETAIL));
	});

	it('gives the features as they were at full detail: their own properties, only the polygons', () => {
		const fc = regionsFile();
		const { areas } = shapesByDetail(fc, pack(fc, 4));
		const polygons = fc.features.filter((f) => f.geometry.type !== 'Point');
		expect(polygons.length).toBeLessThan(fc.features.length); // Shymkent is a point
		expect(areas(FULL_DETAIL).features.map((f) => f.geometry)).toEqual(polygons.map((f) => f.geometry));
		for (let level = 0; level <= FULL_DETAIL; level++)
			areas(level).features.forEach((f, i) => expect(f.properties).toBe(polygons[i]!.properties));
		expect(areas(0)).toBe(areas(0));
	});

	it('simplifies the north zone outline per level, keeping its rings closed', () => {
		const fc = JSON.parse(readFileSync('geodata/north.geojson', 'utf8')) as FeatureCollection;
		const { areas } = shapesByDetail(fc, pack(fc, 4));
		expect(vertices(ringsOf(areas(0).features))).toBeLessThan(vertices(ringsOf(fc.features)));
		for (let level = 0; level <= FULL_DETAIL; level++)
			for (const r of ringsOf(areas(level).features)) {
				expect(r[0]).toEqual(r.at(-1));
				expect(r.length).toBeGreaterThanOrEqual(4);
			}
	});

	it('without a matching topology, draws the collection as given and every ring as a border', () => {
		const fc = collection([square(0, 0, 'a'), square(1, 0, 'b')]);
		const other = pack(collection([square(0, 0, 'a'), square(1, 0, 'c')]), 4);
		for (const shapes of [shapesByDetail(fc), shapesByDetail(fc, other)]) {
			expect(shapes.areas(0).features).toEqual(fc.features);
			// Both squares' rings whole: the shared edge twice, nothing missing.
			expect(edgeCounts(shapes.borders(0)).get('1,0|1,1')).toBe(2);
			expect(vertices(shapes.borders(0))).toBe(10);
		}
	});
});
