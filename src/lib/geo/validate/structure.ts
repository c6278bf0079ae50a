import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import { featureLabel, isRecord, type Finding } from './issue';

/** The geometry types a map layer here can draw; GeometryCollection is deliberately absent. */
export const GEOMETRY_TYPES = [
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];

/** A feature whose structure passed the `geojson` rule; the other rules only ever see these. */
export interface CheckedFeature {
	label: string;
	feature: Feature<Geometry, Record<string, unknown>>;
}

export interface CollectionRead {
	/** null when the file is not a FeatureCollection at all. */
	collection: FeatureCollection | null;
	features: CheckedFeature[];
	/** Structural problems, keyed by feature label (null for the file itself). */
	findings: { feature: string | null; finding: Finding }[];
}

/**
 * The `geojson` rule. Rebuilds the collection from guarded parts rather than asserting its type, so
 * the typed result is exactly what was checked.
 */
export function readCollection(data: unknown): CollectionRead {
	const out: CollectionRead = { collection: null, features: [], findings: [] };
	const fail = (feature: string | null, message: string) =>
		out.findings.push({ feature, finding: { rule: 'geojson', message } });

	if (!isRecord(data) || data.type !== 'FeatureCollection') {
		fail(null, 'not a GeoJSON FeatureCollection (top-level "type" must be "FeatureCollection")');
		return out;
	}
	if (!Array.isArray(data.features)) {
		fail(null, '"features" is not an array');
		return out;
	}

	const all: Feature[] = [];
	data.features.forEach((raw: unknown, index: number) => {
		const label = featureLabel(raw, index);
		if (!isRecord(raw) || raw.type !== 'Feature') {
			fail(label, 'is not a GeoJSON Feature ("type" must be "Feature")');
			return;
		}
		const geometry = readGeometry(raw.geometry);
		if (typeof geometry === 'string') fail(label, geometry);
		const properties = raw.properties;
		if (!isRecord(properties)) fail(label, '"properties" is missing or not an object');
		if (typeof geometry === 'string' || !isRecord(properties)) return;

		const feature: Feature<Geometry, Record<string, unknown>> = { type: 'Feature', geometry, properties };
		if (typeof raw.id === 'string' || typeof raw.id === 'number') feature.id = raw.id;
		out.features.push({ label, feature });
		all.push(feature);
	});

	const collection: FeatureCollection<Geometry, GeoJsonProperties> = {
		type: 'FeatureCollection',
		features: all
	};
	out.collection = collection;
	return out;
}

/** The geometry, or why it is unusable. */
export function readGeometry(value: unknown): Geometry | string {
	if (value === null || value === undefined) return 'geometry is null; every feature must be drawable';
	if (!isRecord(value)) return 'geometry is not an object';
	const type = value.type;
	const c = value.coordinates;
	switch (type) {
		case 'Point':
			return isPosition(c) ? { type, coordinates: c } : `Point ${positionError(c)}`;
		case 'MultiPoint':
			if (!isPositions(c)) return `MultiPoint ${nestingError(c, 1)}`;
			return c.length > 0 ? { type, coordinates: c } : 'MultiPoint has no coordinates';
		case 'LineString':
			if (!isPositions(c)) return `LineString ${nestingError(c, 1)}`;
			return c.length >= 2 ? { type, coordinates: c } : `LineString ${shortLine(c, 0)}`;
		case 'MultiLineString': {
			if (!isPositions2(c)) return `MultiLineString ${nestingError(c, 2)}`;
			const short = c.findIndex((line) => line.length < 2);
			if (c.length === 0) return 'MultiLineString has no coordinates';
			return short < 0 ? { type, coordinates: c } : `MultiLineString ${shortLine(c[short] ?? [], short)}`;
		}
		// Ring length and closure are polygon-closed's business; here a ring only has to be positions.
		case 'Polygon':
			if (!isPositions2(c)) return `Polygon ${nestingError(c, 2)}`;
			return c.length > 0 ? { type, coordinates: c } : 'Polygon has no rings';
		case 'MultiPolygon':
			if (!isPositions3(c)) return `MultiPolygon ${nestingError(c, 3)}`;
			if (c.length === 0 || c.some((p) => p.length === 0)) return 'MultiPolygon has a polygon without rings';
			return { type, coordinates: c };
		default:
			return `geometry type ${JSON.stringify(type)} is not one of ${GEOMETRY_TYPES.join(', ')}`;
	}
}

/** [lon, lat] or [lon, lat, alt], all finite numbers. */
function isPosition(value: unknown): value is Position {
	return (
		Array.isArray(value) &&
		(value.length === 2 || value.length === 3) &&
		value.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}
function isPositions(value: unknown): value is Position[] {
	return Array.isArray(value) && value.every(isPosition);
}
function isPositions2(value: unknown): value is Position[][] {
	return Array.isArray(value) && value.every(isPositions);
}
function isPositions3(value: unknown): value is Position[][][] {
	return Array.isArray(value) && value.every(isPositions2);
}

function positionError(value: unknown): string {
	return `coordinates ${(JSON.stringify(value) ?? String(value)).slice(0, 60)} are not a [lon, lat] pair of finite numbers`;
}

function shortLine(line: Position[], index: number): string {
	return `line ${index} has ${line.length} position(s); a line needs at least 2`;
}

/** Finds the first bad position at the expected nesting depth so the message can quote it. */
function nestingError(value: unknown, depth: number): string {
	if (!Array.isArray(value)) return 'coordinates are not an array';
	if (depth === 0) return positionError(value);
	for (let i = 0; i < value.length; i++) {
		const item: unknown = value[i];
		const ok = depth === 1 ? isPosition(item) : depth === 2 ? isPositions(item) : isPositions2(item);
		if (!ok) return depth === 1 ? `position ${i}: ${positionError(item)}` : nestingError(item, depth - 1);
	}
	return 'coordinates are malformed';
}
