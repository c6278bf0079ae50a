import type { Geometry } from 'geojson';
import { extendShape, type DatasetSchema, type FieldSpec, type FieldType, type Shape } from '../schema';
import { isRecord, type Finding } from './issue';
import { isIsoDate, isNonEmptyString, show } from './values';

/** Keys with their own rules; required-properties leaves them alone so each problem is told once. */
const OWN_RULES = new Set(['id', 'kind', 'sources', 'location']);

/**
 * `id-unique` within one file: a string `properties.id`, no repeats, and a top-level `id` (when there
 * is one) that agrees with it. Findings come back per feature, in order. Across files see
 * checkCrossFileIds.
 */
export function checkIds(features: { properties: Record<string, unknown>; topId?: unknown }[]): Finding[][] {
	const seen = new Map<string, number>();
	return features.map(({ properties, topId }, index) => {
		const id = properties.id;
		const found: string[] = [];
		if (!isNonEmptyString(id)) {
			found.push(
				`properties.id is ${id === undefined ? 'missing' : show(id)}; every feature needs a string id`
			);
		} else {
			if (topId !== undefined && topId !== id)
				found.push(`top-level id ${show(topId)} differs from properties.id ${show(id)}`);
			const first = seen.get(id);
			if (first === undefined) seen.set(id, index);
			else found.push(`id ${show(id)} is used again (first by features[${first}])`);
		}
		return found.map((message) => ({ rule: 'id-unique', message }));
	});
}

/** `required-properties`: the dataset's shape, its kind list, the geometry its kind wants, the id prefix. */
export function checkRequiredProperties(
	properties: Record<string, unknown>,
	geometry: Geometry,
	schema: DatasetSchema
): Finding[] {
	const found: string[] = [];
	const id = properties.id;
	if (typeof id === 'string' && !schema.idPrefixes.some((p) => id.startsWith(p)))
		found.push(`id ${show(id)} lacks the dataset prefix (${schema.idPrefixes.join(' or ')})`);

	const kind = properties.kind;
	const byKind: Record<string, Shape | undefined> = schema.requiredByKind ?? {};
	const geometryByKind: Record<string, readonly string[] | undefined> = schema.geometryByKind;
	if (typeof kind !== 'string' || !schema.kinds.includes(kind)) {
		found.push(
			`kind ${kind === undefined ? 'is missing' : show(kind)}; ${schema.name} allows ${schema.kinds.join(', ')}`
		);
	} else {
		const wanted = geometryByKind[kind] ?? [];
		if (!wanted.includes(geometry.type))
			found.push(`kind ${show(kind)} wants ${wanted.join(' or ')} geometry, not ${geometry.type}`);
	}

	const shape = extendShape(schema.required, typeof kind === 'string' ? byKind[kind] : undefined);
	checkShape(properties, shape, '', found);
	findNulls(properties, '', found);
	return found.map((message) => ({ rule: 'required-properties', message }));
}

function checkShape(object: Record<string, unknown>, shape: Shape, prefix: string, found: string[]): void {
	for (const [key, spec] of Object.entries(shape)) {
		const optional = key.endsWith('?');
		const name = optional ? key.slice(0, -1) : key;
		if (prefix === '' && OWN_RULES.has(name)) continue;
		const path = `${prefix}${name}`;
		const value = object[name];
		// null is findNulls' to report, with the advice that goes with it.
		if (value === null) continue;
		if (value === undefined) {
			if (!optional) found.push(`${path} is missing (${describe(spec)})`);
			continue;
		}
		checkValue(value, spec, path, found);
	}
}

function checkValue(value: unknown, spec: FieldSpec, path: string, found: string[]): void {
	if (typeof spec === 'string') {
		if (!matches(value, spec)) found.push(`${path} is ${show(value)}, not ${describe(spec)}`);
	} else if ('array' in spec) {
		if (!Array.isArray(value)) found.push(`${path} is ${show(value)}, not an array`);
		else value.forEach((item, i) => item !== null && checkValue(item, spec.array, `${path}[${i}]`, found));
	} else if ('object' in spec) {
		if (!isRecord(value)) found.push(`${path} is ${show(value)}, not an object`);
		else checkShape(value, spec.object, `${path}.`, found);
	} else if (typeof value !== 'string' || !spec.oneOf.includes(value)) {
		found.push(`${path} is ${show(value)}, not one of ${spec.oneOf.join(', ')}`);
	}
}

/** JSON type only: the figure's source and year are the sourced-value rule's. */
function matches(value: unknown, type: FieldType): boolean {
	switch (type) {
		case 'string':
			return isNonEmptyString(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'array':
			return Array.isArray(value);
		case 'object':
			return isRecord(value);
		case 'date':
			return isIsoDate(value);
		case 'country':
			return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
		case 'sourced':
			return isRecord(value) && (typeof value.value === 'number' || isNonEmptyString(value.value));
		case 'sourced-number':
			return isRecord(value) && typeof value.value === 'number';
		case 'sourced-date':
			return isRecord(value) && isIsoDate(value.value);
		case 'measure':
			return isRecord(value) && typeof value.value === 'number' && isNonEmptyString(value.unit);
	}
}

function describe(spec: FieldSpec): string {
	if (typeof spec !== 'string') {
		if ('array' in spec) return 'an array';
		if ('object' in spec) return 'an object';
		return `one of ${spec.oneOf.join(', ')}`;
	}
	const words: Record<FieldType, string> = {
		string: 'a non-empty string',
		number: 'a number',
		array: 'an array',
		object: 'an object',
		date: 'a YYYY-MM-DD date',
		country: 'an ISO 3166-1 alpha-2 code',
		sourced: 'a sourced value {value, year, source}',
		'sourced-number': 'a sourced value with a number value',
		'sourced-date': 'a sourced value with a YYYY-MM-DD value',
		measure: 'a sourced value with a number value and a unit'
	};
	return words[spec];
}

/** SCHEMA.md: a figure that was not found is left out, never null. */
function findNulls(value: unknown, path: string, found: string[]): void {
	if (value === null) {
		found.push(`${path} is null; leave a missing figure out (and list the gap in geodata/README.md)`);
	} else if (Array.isArray(value)) {
		value.forEach((item, i) => findNulls(item, `${path}[${i}]`, found));
	} else if (isRecord(value)) {
		for (const [key, child] of Object.entries(value)) findNulls(child, path ? `${path}.${key}` : key, found);
	}
}
