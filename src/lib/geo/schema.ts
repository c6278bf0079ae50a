import type { GeometryType } from './validate/structure';

/**
 * What a property must hold. The plain types check the JSON type only; whether a URL is https and a
 * year plausible is the sourced-value rule's job, so each problem is reported once.
 * - `sourced`: a sourced value `{ value, year, source | computed }` (value number or string)
 * - `sourced-number` / `sourced-date`: the same with a number / `YYYY-MM-DD` value
 * - `measure`: a sourced number with a `unit` (`"Mt/yr"`)
 * - `date`: a bare `YYYY-MM-DD` string; `country`: ISO 3166-1 alpha-2
 */
export type FieldType =
	| 'string'
	| 'number'
	| 'array'
	| 'object'
	| 'sourced'
	| 'sourced-number'
	| 'sourced-date'
	| 'measure'
	| 'date'
	| 'country';

export type FieldSpec =
	| FieldType
	| { readonly array: FieldSpec }
	| { readonly object: Shape }
	| { readonly oneOf: readonly string[] };

/** Property name → spec; a name ending in `?` is optional but still checked when present. */
export type Shape = { readonly [property: string]: FieldSpec };

export interface DatasetSchema<Kind extends string = string> {
	name: string;
	kinds: readonly Kind[];
	/** Ids start with one of these (SCHEMA.md: ids carry their dataset's prefix). */
	idPrefixes: readonly string[];
	/** Required of every feature (`?` keys optional); `kind`, `sources` and `location` have their own rules. */
	required: Shape;
	requiredByKind?: { readonly [K in Kind]?: Shape };
	/** Geometry types a kind may have; a layer draws a kind with one MapLibre layer type. */
	geometryByKind: { readonly [K in Kind]: readonly GeometryType[] };
}

function baseName(key: string): string {
	return key.endsWith('?') ? key.slice(0, -1) : key;
}

/** Layers shapes; a later entry replaces an earlier one of the same name, optional or not. */
export function extendShape(...shapes: (Shape | undefined)[]): Shape {
	const out: Record<string, FieldSpec> = {};
	for (const shape of shapes) {
		for (const [key, spec] of Object.entries(shape ?? {})) {
			delete out[baseName(key)];
			delete out[`${baseName(key)}?`];
			out[key] = spec;
		}
	}
	return out;
}
