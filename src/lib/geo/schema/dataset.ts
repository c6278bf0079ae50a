import * as v from 'valibot';
import { doc, Extra, Location, says, Sources, tag, Text, type GeometryType } from './parts';

/** What one kind of feature adds to its dataset's properties, and the geometry it is drawn from. */
export interface KindSpec {
	readonly geometry: readonly GeometryType[];
	/** Replaces a dataset property of the same name (to make an optional one required, say). */
	readonly properties?: v.ObjectEntries;
}

/** A dataset's one definition: validation, the TypeScript type (PropsOf) and SCHEMA.md come from it. */
export interface DatasetSchema<
	B extends v.ObjectEntries = v.ObjectEntries,
	K extends Record<string, KindSpec> = Record<string, KindSpec>
> {
	readonly name: string;
	/** Its file in geodata/ and what SCHEMA.md says about it. */
	readonly about: string;
	/** Ids start with one of these (ids are unique across files, so each dataset has its own). */
	readonly idPrefixes: readonly string[];
	/** Properties of every feature, besides the common ones (`commonEntries`). */
	readonly base: B;
	readonly kinds: K;
	/** The properties schema: one object per kind, told apart by `kind`. */
	readonly properties: v.GenericSchema<unknown, unknown>;
}

/** The longest map label: three short lines on a phone. */
export const LABEL_MAX = 32;

/** Every feature of every dataset; `location` is required of points (the validator's `location` rule). */
export const commonEntries = {
	id: tag(Text, {
		rule: 'id-unique',
		doc: 'unique across all files, with the dataset’s prefix; also the top-level `id` if there is one'
	}),
	name: doc(Text, 'English name'),
	// A passage names its features on the map, several at one spot on a phone: a long official name
	// ("Caspian Pipeline Consortium (CPC) oil pipeline, Tengiz-Novorossiysk") would not fit there.
	label: doc(
		v.optional(v.pipe(Text, v.maxLength(LABEL_MAX, `is longer than ${LABEL_MAX} characters`))),
		`the short English name the map labels it with (at most ${LABEL_MAX} characters; the rest of the app shows \`name\`): a shortening of \`name\`, no new words`
	),
	name_kk: doc(v.optional(Text), 'Kazakh name'),
	name_ru: doc(v.optional(Text), 'Russian name'),
	sources: doc(Sources, 'at least one, each page once, on an original publisher’s host'),
	location: doc(
		v.optional(Location),
		'**points only, and required there**: where the coordinates come from and how close they are'
	),
	region: doc(
		v.optional(Text),
		'on points: the id of the region (in `regions.geojson`) the point lies in; checked with Turf'
	)
};
type Common = typeof commonEntries;

type Entries<B, K extends string, E> = Omit<Common, keyof B | keyof E> &
	Omit<B, keyof E> &
	E & { kind: v.LiteralSchema<K, undefined> };
type Prettify<T> = { [K in keyof T]: T[K] } & {};
/** v.InferOutput of an object with these entries: a key whose schema accepts undefined is optional. */
type ObjectOutput<E> = Prettify<
	{
		[K in keyof E as undefined extends v.InferInput<E[K] & v.GenericSchema> ? never : K]: v.InferOutput<
			E[K] & v.GenericSchema
		>;
	} & {
		[K in keyof E as undefined extends v.InferInput<E[K] & v.GenericSchema> ? K : never]?: Exclude<
			v.InferOutput<E[K] & v.GenericSchema>,
			undefined
		>;
	}
>;
type KindProps<B, K extends string, S> = ObjectOutput<
	Entries<B, K, S extends { properties: infer E } ? E : Record<never, never>>
>;
/** The properties type a dataset's schema proves: a union over its kinds. */
export type PropsOf<D> =
	D extends DatasetSchema<infer B, infer K>
		? { [Kind in keyof K & string]: KindProps<B, Kind, K[Kind]> }[keyof K & string]
		: never;

/**
 * Builds a dataset's properties schema from its entries. Each kind is a strict set of declared
 * properties plus `Extra` for undeclared ones (held to the figure rules, not typed).
 */
export function defineSchema<const B extends v.ObjectEntries, const K extends Record<string, KindSpec>>(
	d: Omit<DatasetSchema<B, K>, 'properties'>
): DatasetSchema<B, K> {
	const options = Object.entries(d.kinds).map(([kind, spec]) =>
		v.objectWithRest({ ...commonEntries, ...d.base, ...spec.properties, kind: v.literal(kind) }, Extra)
	);
	const kinds = Object.keys(d.kinds).join(', ');
	return { ...d, properties: v.variant('kind', options, says(`one of ${kinds} (${d.name})`)) };
}
