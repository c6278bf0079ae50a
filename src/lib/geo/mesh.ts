import type { Feature, Position } from 'geojson';

/**
 * The borders of a set of polygons as lines, each edge once: where two regions meet, their shared
 * border is one line, not two drawn on top of each other. Lines run from junction to junction (a
 * vertex where three or more edges meet, or a dead end); a ring that touches no other ring comes
 * back as one closed line (first position = last).
 *
 * Why: deck.gl's PathLayer pays per vertex, and in software WebGL (SwiftShader) the region borders
 * were the most expensive thing on the map. Shared borders are a quarter of the regions' vertices (3,752 → 2,840).
 * Vertices are matched exactly, which holds for our files: neighbours share coordinates, since
 * they come from one Natural Earth topology and the packed TopoJSON decodes to the same values.
 */
export function borderMesh(features: readonly Feature[]): Position[][] {
	const coords = new Map<string, Position>();
	const neighbours = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		let set = neighbours.get(a);
		if (!set) neighbours.set(a, (set = new Set()));
		set.add(b);
	};
	for (const f of features) {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const ring of polygons.flat()) {
			for (let i = 1; i < ring.length; i++) {
				const [p, q] = [ring[i - 1]!, ring[i]!];
				const a = key(p);
				const b = key(q);
				if (a === b) continue; // a repeated vertex is not an edge
				coords.set(a, p);
				coords.set(b, q);
				link(a, b);
				link(b, a);
			}
		}
	}

	const done = new Set<string>();
	const edge = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
	const walk = (start: string, next: string): Position[] => {
		const line = [coords.get(start)!];
		let prev = start;
		let at = next;
		for (;;) {
			done.add(edge(prev, at));
			line.push(coords.get(at)!);
			const out = neighbours.get(at)!;
			if (out.size !== 2 || at === start) break;
			const [x, y] = [...out] as [string, string]; // out.size is 2 here
			const following = x === prev ? y : x;
			if (done.has(edge(at, following))) break;
			prev = at;
			at = following;
		}
		return line;
	};

	const lines: Position[][] = [];
	// Lines between junctions first, so that no line starts or ends in the middle of a border...
	for (const [v, out] of neighbours) {
		if (out.size === 2) continue;
		for (const n of out) if (!done.has(edge(v, n))) lines.push(walk(v, n));
	}
	// ...then the rings that meet no other ring.
	for (const [v, out] of neighbours) {
		for (const n of out) if (!done.has(edge(v, n))) lines.push(walk(v, n));
	}
	return lines;
}

/** Exact match on purpose (see borderMesh): rounding here would merge vertices the data keeps apart. */
const key = (p: Position) => `${p[0]},${p[1]}`;
