import type { Geometry, Position } from 'geojson';
import { summarise, type Finding } from './issue';

/** The polygons of a geometry with their index, so messages can say "polygon 3" in a MultiPolygon. */
function polygonsOf(geometry: Geometry): Position[][][] {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

function where(geometry: Geometry, polygon: number, ring: number): string {
	const kind = ring === 0 ? 'exterior ring 0' : `hole ring ${ring}`;
	return geometry.type === 'MultiPolygon' ? `polygon ${polygon} ${kind}` : kind;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return a !== undefined && b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);
}

/** `polygon-closed`: RFC 7946 §3.1.6 linear rings have 4+ positions and end where they start. */
export function checkPolygonClosed(geometry: Geometry): Finding[] {
	const bad: string[] = [];
	polygonsOf(geometry).forEach((rings, p) =>
		rings.forEach((ring, r) => {
			if (ring.length < 4)
				bad.push(`${where(geometry, p, r)} has ${ring.length} positions; a closed ring needs at least 4`);
			else if (!samePosition(ring[0], ring[ring.length - 1]))
				bad.push(
					`${where(geometry, p, r)} is not closed: first ${JSON.stringify(ring[0])} != last ${JSON.stringify(ring[ring.length - 1])}`
				);
		})
	);
	return summarise('polygon-closed', bad, 'rings');
}

/**
 * Twice the signed area (shoelace) in degree², positive when counter-clockwise. Works on open rings
 * too (the closing edge is implied), so winding is judged even when polygon-closed also fails.
 */
export function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1 = 0, y1 = 0] = ring[i] ?? [];
		const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
		sum += x1 * y2 - x2 * y1;
	}
	return sum;
}

/**
 * `polygon-winding`: RFC 7946 right-hand rule. MapLibre draws either way, but area and
 * point-in-polygon code that trusts the spec does not.
 */
export function checkPolygonWinding(geometry: Geometry): Finding[] {
	const bad: string[] = [];
	polygonsOf(geometry).forEach((rings, p) =>
		rings.forEach((ring, r) => {
			// Too short to have an orientation; polygon-closed reports it.
			if (ring.length < 4) return;
			const area = signedArea(ring);
			const name = where(geometry, p, r);
			if (area === 0) bad.push(`${name} has zero area`);
			else if (r === 0 && area < 0) bad.push(`${name} is clockwise; RFC 7946 wants counter-clockwise`);
			else if (r > 0 && area > 0) bad.push(`${name} is counter-clockwise; RFC 7946 wants clockwise`);
		})
	);
	return summarise('polygon-winding', bad, 'rings');
}
