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
	// Vertices get integer ids (exact x, then exact y); edges are pairs of ids. Numbers, not string
	// keys: this runs while the map's first frame waits for it (string keys took 36 ms in a Chromium
	// profile; this takes 2 ms in Node on the 17 regions).
	const ids = new Map<number, Map<number, number>>();
	const coords: Position[] = [];
	const neighbours: number[][] = [];
	const idOf = (p: Position) => {
		let column = ids.get(p[0]!);
		if (!column) ids.set(p[0]!, (column = new Map()));
		let id = column.get(p[1]!);
		if (id === undefined) {
			column.set(p[1]!, (id = coords.length));
			coords.push(p);
			neighbours.push([]);
		}
		return id;
	};
	const link = (a: number, b: number) => {
		const out = neighbours[a]!;
		if (!out.includes(b)) out.push(b);
	};
	for (const f of features) {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const ring of polygons.flat()) {
			let a = idOf(ring[0]!);
			for (let i = 1; i < ring.length; i++) {
				const b = idOf(ring[i]!);
				// A repeated vertex is not an edge.
				if (a !== b) {
					link(a, b);
					link(b, a);
				}
				a = b;
			}
		}
	}

	const done = new Set<number>();
	const n = coords.length;
	const edge = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
	const walk = (start: number, next: number): Position[] => {
		const line = [coords[start]!];
		let prev = start;
		let at = next;
		for (;;) {
			done.add(edge(prev, at));
			line.push(coords[at]!);
			const out = neighbours[at]!;
			if (out.length !== 2 || at === start) break;
			const following = out[0] === prev ? out[1]! : out[0]!;
			if (done.has(edge(at, following))) break;
			prev = at;
			at = following;
		}
		return line;
	};

	const lines: Position[][] = [];
	// Lines between junctions first, so that no line starts or ends in the middle of a border...
	for (let v = 0; v < n; v++) {
		if (neighbours[v]!.length === 2) continue;
		for (const w of neighbours[v]!) if (!done.has(edge(v, w))) lines.push(walk(v, w));
	}
	// ...then the rings that meet no other ring.
	for (let v = 0; v < n; v++) {
		for (const w of neighbours[v]!) if (!done.has(edge(v, w))) lines.push(walk(v, w));
	}
	return lines;
}
