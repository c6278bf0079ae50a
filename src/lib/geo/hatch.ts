import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Diagonal hatching for a polygon: segments of the lines `lon − lat = k · spacing` that lie inside it
 * (even–odd, so holes stay clear). The map marks regions whose figure is not a census count this
 * way; drawn as a PathLayer like the borders, it costs no shader program of its own, where a fill
 * pattern (deck.gl's FillStyleExtension) would compile one more in software WebGL.
 *
 * @example
 * hatch({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }, 1)
 * //= [[[0, 1], [1, 2]], [[0, 0], [2, 2]], [[1, 0], [2, 1]]]
 */
export function hatch(geometry: Polygon | MultiPolygon, spacing: number): Position[][] {
	if (!(spacing > 0)) throw new Error(`hatch: spacing must be positive, got ${spacing}`);
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flatMap((rings) => hatchPolygon(rings, spacing));
}

function hatchPolygon(rings: Position[][], spacing: number): Position[][] {
	let min = Infinity;
	let max = -Infinity;
	for (const ring of rings)
		for (const [x, y] of ring) {
			min = Math.min(min, x! - y!);
			max = Math.max(max, x! - y!);
		}
	const out: Position[][] = [];
	for (let k = Math.ceil(min / spacing); k * spacing <= max; k++) {
		const c = k * spacing;
		const hits: Position[] = [];
		for (const ring of rings) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const [x0, y0] = ring[i]!;
				const [x1, y1] = ring[i + 1]!;
				const d0 = x0! - y0!;
				const d1 = x1! - y1!;
				// Half-open: a vertex on the line counts for one of its two edges, never both.
				if (d0 <= c === d1 <= c) continue;
				const t = (c - d0) / (d1 - d0);
				hits.push([round(x0! + t * (x1! - x0!)), round(y0! + t * (y1! - y0!))]);
			}
		}
		hits.sort((a, b) => a[0]! - b[0]!);
		for (let i = 0; i + 1 < hits.length; i += 2) {
			const a = hits[i]!;
			const b = hits[i + 1]!;
			// A line through a corner only touches the polygon: nothing to draw.
			if (a[0] !== b[0] || a[1] !== b[1]) out.push([a, b]);
		}
	}
	return out;
}

/** Five decimals, as the geodata: the ends lie on the border, not a float's width off it. */
const round = (v: number) => Math.round(v * 1e5) / 1e5;
