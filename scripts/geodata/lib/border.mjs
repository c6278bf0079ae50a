// Length of the part of a region's boundary that lies on another country's boundary.
import { haversineKm, polygonsOf } from './geom.mjs';

const CELL_DEG = 0.1; // grid cell for the segment index: ~11 km north–south, several NE edges per cell

/**
 * Distance in km from point p to segment ab, in a local equirectangular plane centred on p.
 * Exact enough at the ~1 km tolerance used here (the plane's error over a few km is metres).
 */
function pointSegmentKm(p, a, b) {
	const kx = (Math.PI / 180) * 6371.0088 * Math.cos((p[1] * Math.PI) / 180);
	const ky = (Math.PI / 180) * 6371.0088;
	const ax = (a[0] - p[0]) * kx,
		ay = (a[1] - p[1]) * ky;
	const bx = (b[0] - p[0]) * kx,
		by = (b[1] - p[1]) * ky;
	const dx = bx - ax,
		dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * Index of the boundary segments of a set of (Multi)Polygon geometries (e.g. Russia's admin-1 units)
 * on a lon/lat grid, so each query looks at a handful of segments instead of ~100,000.
 * @param {{type: string, coordinates: any}[]} geometries
 * @param {number[]} [clip] optional bbox [minLon, minLat, maxLon, maxLat]: segments outside are skipped
 */
export function segmentIndex(geometries, clip) {
	const grid = new Map();
	const key = (i, j) => `${i}:${j}`;
	for (const g of geometries)
		for (const rings of polygonsOf(g))
			for (const ring of rings)
				for (let k = 0; k < ring.length - 1; k++) {
					const a = ring[k],
						b = ring[k + 1];
					const x0 = Math.min(a[0], b[0]),
						x1 = Math.max(a[0], b[0]);
					const y0 = Math.min(a[1], b[1]),
						y1 = Math.max(a[1], b[1]);
					if (clip && (x1 < clip[0] || x0 > clip[2] || y1 < clip[1] || y0 > clip[3])) continue;
					for (let i = Math.floor(x0 / CELL_DEG); i <= Math.floor(x1 / CELL_DEG); i++)
						for (let j = Math.floor(y0 / CELL_DEG); j <= Math.floor(y1 / CELL_DEG); j++) {
							const c = key(i, j);
							if (!grid.has(c)) grid.set(c, []);
							grid.get(c).push([a, b]);
						}
				}
	/** Distance in km from p to the nearest indexed segment, or Infinity beyond the 3×3 neighbourhood. */
	return function nearestKm(p) {
		const i0 = Math.floor(p[0] / CELL_DEG),
			j0 = Math.floor(p[1] / CELL_DEG);
		let best = Infinity;
		for (let i = i0 - 1; i <= i0 + 1; i++)
			for (let j = j0 - 1; j <= j0 + 1; j++)
				for (const [a, b] of grid.get(key(i, j)) ?? []) {
					const d = pointSegmentKm(p, a, b);
					if (d < best) best = d;
				}
		return best;
	};
}

/**
 * Length in km of a region's boundary that runs along the indexed boundary. An edge counts when
 * both ends and its midpoint lie within `toleranceKm` of it: the two datasets' vertices need not
 * coincide (a buffer test, not an equality test), but an edge that merely touches the border at one
 * end (a region boundary meeting the border at a right angle) does not count.
 * @param {{type: string, coordinates: any}} geometry the region, full resolution
 * @param {(p: number[]) => number} nearestKm from segmentIndex()
 * @param {number} toleranceKm
 */
export function sharedBoundaryKm(geometry, nearestKm, toleranceKm) {
	let km = 0;
	for (const rings of polygonsOf(geometry))
		for (const ring of rings)
			for (let k = 0; k < ring.length - 1; k++) {
				const a = ring[k],
					b = ring[k + 1];
				const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
				if (nearestKm(a) <= toleranceKm && nearestKm(b) <= toleranceKm && nearestKm(mid) <= toleranceKm)
					km += haversineKm(a, b);
			}
	return km;
}
