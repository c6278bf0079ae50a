import type { Geometry, Position } from 'geojson';
import { summarise, type Finding } from './issue';

/** SCHEMA.md: at most 5 decimals (about 1 m), which keeps the files small and the diffs readable. */
export const MAX_DECIMALS = 5;

/** Every position of a geometry, in file order. */
export function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positions);
	}
}

/** `coordinate-range`: WGS84 [lon, lat]; a swapped pair usually shows up here as lat > 90. */
export function checkCoordinateRange(geometry: Geometry): Finding[] {
	const bad: string[] = [];
	for (const [lon = 0, lat = 0] of positions(geometry)) {
		if (lon < -180 || lon > 180) bad.push(`lon ${lon} at [${lon}, ${lat}] is outside [-180, 180]`);
		else if (lat < -90 || lat > 90)
			bad.push(`lat ${lat} at [${lon}, ${lat}] is outside [-90, 90] (lon/lat swapped?)`);
	}
	return summarise('coordinate-range', bad, 'positions');
}

/** `coordinate-precision`. */
export function checkCoordinatePrecision(geometry: Geometry): Finding[] {
	const bad: string[] = [];
	for (const position of positions(geometry)) {
		const worst = position.find(tooPrecise);
		if (worst !== undefined)
			bad.push(`${worst} has ${decimals(worst)} decimals; at most ${MAX_DECIMALS} are allowed`);
	}
	return summarise('coordinate-precision', bad, 'positions');
}

/**
 * More than MAX_DECIMALS decimals. Exact without the string: a number that some decimal of at most
 * 5 places parses to is that decimal rounded back (and its shortest form has at most 5 places), any
 * other is not. The regex in `decimals` was 0.4 s of validating 100k points; it now runs only for a
 * number the arithmetic flags (to confirm it, then for the message).
 */
const SCALE = 10 ** MAX_DECIMALS;
const tooPrecise = (n: number) => Math.round(n * SCALE) / SCALE !== n && decimals(n) > MAX_DECIMALS;

/**
 * Decimals as written in the JSON: parsing keeps the shortest round-trip form, so String() gives the
 * digits back (including exponent forms such as 1e-7).
 */
export function decimals(n: number): number {
	const match = /^\d+(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(Math.abs(n)));
	if (!match) return 0;
	const fraction = match[1]?.length ?? 0;
	const exponent = Number(match[2] ?? 0);
	return Math.max(0, fraction - exponent);
}
