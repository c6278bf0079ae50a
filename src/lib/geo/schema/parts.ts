import * as v from 'valibot';
import { BASIS_KINDS, isAsOf } from '../../sources/basis';
import { isRecord, type RuleName } from '../validate/issue';
import { isHttpsUrl, isIsoDate, isNonEmptyString, show } from '../validate/values';

/*
 * The pieces every dataset schema is built from (valibot, no eval: it runs under the app's CSP).
 * Three things ride on a schema as metadata, read by the validator and by the SCHEMA.md generator:
 * `rule`, the rule (validate/issue.ts RULES) a problem inside it is reported under, the innermost
 * tag on the issue's path winning; `title`, how a type reads in SCHEMA.md and in messages; `doc`,
 * the property's line in SCHEMA.md.
 */

export type Meta = { rule?: RuleName; title?: string; doc?: string };

/** The same schema, carrying `meta` (merged over what it already carries). */
export function tag<S extends v.GenericSchema>(schema: S, meta: Meta) {
	return v.pipe(schema, v.metadata(meta));
}

/** A property's SCHEMA.md line. */
export const doc = <S extends v.GenericSchema>(schema: S, text: string) => tag(schema, { doc: text });

/** Every metadata action of a schema, through nested pipes (a pipe's first item is the schema it wraps). */
export function metaOf(schema: unknown): Meta {
	if (!isRecord(schema) || !Array.isArray(schema.pipe)) return {};
	const [inner, ...actions] = schema.pipe as unknown[];
	const out: Meta = inner === schema ? {} : metaOf(inner);
	for (const a of actions)
		if (isRecord(a) && a.type === 'metadata' && isRecord(a.metadata)) Object.assign(out, a.metadata);
	return out;
}

/**
 * A message that says what was found and what was wanted: "is 22, not an integer 1900–2100". The
 * validator puts the path in front; a missing key is reported as missing by the validator itself.
 */
export const says = (wanted: string) => (issue: v.BaseIssue<unknown>) =>
	`is ${show(issue.input)}, not ${wanted}`;

const YEAR = 'an integer 1900–2100';
const DATE = 'a YYYY-MM-DD date';
const TEXT = 'a non-empty string';
const URL_ = 'an https URL';

export const Text = tag(
	v.pipe(
		v.string(says(TEXT)),
		v.check((s: string) => isNonEmptyString(s), says(TEXT))
	),
	{
		title: 'string'
	}
);
/** SCHEMA.md: sources are `https://` URLs (the app opens them; plain http is a mixed-content risk). */
export const HttpsUrl = tag(
	v.pipe(
		v.string(says(URL_)),
		v.check((s: string) => isHttpsUrl(s), says(URL_))
	),
	{
		title: 'https URL'
	}
);
/** A year a figure can plausibly refer to; catches `22` for 2022 and ms timestamps. */
export const Year = tag(
	v.pipe(
		v.number(says(YEAR)),
		v.integer(says(YEAR)),
		v.minValue(1900, says(YEAR)),
		v.maxValue(2100, says(YEAR))
	),
	{ title: 'year' }
);
/** `YYYY-MM-DD` that is also a real calendar day (2022-02-30 is rejected). */
export const IsoDate = tag(
	v.pipe(
		v.string(says(DATE)),
		v.check((s: string) => isIsoDate(s), says(DATE))
	),
	{
		title: '`YYYY-MM-DD`'
	}
);
export const Num = tag(v.pipe(v.number(says('a finite number')), v.finite(says('a finite number'))), {
	title: 'number'
});
export const Country = tag(
	v.pipe(
		v.string(says('an ISO 3166-1 alpha-2 code')),
		v.regex(/^[A-Z]{2}$/, says('an ISO 3166-1 alpha-2 code'))
	),
	{ title: 'ISO 3166-1 alpha-2' }
);
export const NumOrText = tag(v.union([Num, Text], says('a number or a non-empty string')), {
	title: 'number or string'
});
export const oneOf = <const T extends readonly string[]>(options: T) =>
	tag(v.picklist(options, says(`one of ${options.join(', ')}`)), {
		title: options.map((o) => `\`${o}\``).join(' \\| ')
	});

const sourced = <S extends v.GenericSchema>(s: S) => tag(s, { rule: 'sourced-value' });
const basis = <S extends v.GenericSchema>(s: S) => tag(s, { rule: 'basis' });

/** The copy a figure was read on, when the original could not be read (SCHEMA.md "Sources"). */
export const Via = tag(
	v.strictObject({
		url: doc(v.string(says('a URL')), 'the copy (a host the source policy classes as a copy)'),
		read: doc(IsoDate, 'the day it was read')
	}),
	{ rule: 'source-policy', title: 'via' }
);

const AsOf = tag(
	v.pipe(
		v.string(says('YYYY, YYYY-MM or YYYY-MM-DD')),
		v.check((s: string) => isAsOf(s), says('YYYY, YYYY-MM or YYYY-MM-DD'))
	),
	{ title: '`YYYY[-MM[-DD]]`' }
);

/** What every printed figure carries besides its value: SCHEMA.md "Sourced values". */
const figureEntries = {
	year: sourced(doc(Year, 'the year the figure refers to')),
	basis: basis(doc(oneOf(BASIS_KINDS), 'what the figure is (`src/lib/sources/basis.ts`)')),
	as_of: basis(doc(v.optional(AsOf), 'for an estimate (required there): the date it is as of')),
	basis_note: basis(doc(v.optional(Text), 'how the figure was read, what the page says')),
	source: sourced(doc(v.optional(HttpsUrl), 'the page it is read on; required unless `computed`')),
	computed: basis(
		doc(v.optional(Text), 'with `basis: computed` only, instead of `source`: the method (`turf.area on …`)')
	),
	note: sourced(doc(v.optional(Text), 'a remark shown with the figure')),
	via: doc(v.optional(Via), 'the copy it was read on'),
	attribution: doc(v.optional(Text), 'whose words a state-media or propaganda page records')
};

type FigureLike = { basis: string; as_of?: unknown; computed?: unknown; source?: unknown };
type Check = v.BaseValidation<FigureLike, FigureLike, v.BaseIssue<unknown>>;
const partial = (
	paths: [[keyof FigureLike], [keyof FigureLike]],
	ok: (f: FigureLike) => boolean,
	message: string
): Check => v.partialCheck<FigureLike, typeof paths, FigureLike, string>(paths, ok, message);
/**
 * The checks across a figure's fields, each reported at (forwarded to) the field a fix goes to,
 * so that it falls under that field's rule.
 */
const figureChecks = [
	v.forward<FigureLike, v.BaseIssue<unknown>, ['source']>(
		partial(
			[['source'], ['computed']],
			(f) => f.source !== undefined || f.computed !== undefined,
			'is missing: a figure needs a source URL (or a computed method)'
		),
		['source']
	),
	v.forward<FigureLike, v.BaseIssue<unknown>, ['as_of']>(
		partial(
			[['basis'], ['as_of']],
			(f) => f.basis !== 'estimate' || f.as_of !== undefined,
			'is missing: an estimate says the YYYY[-MM[-DD]] it is as of'
		),
		['as_of']
	),
	v.forward<FigureLike, v.BaseIssue<unknown>, ['computed']>(
		partial(
			[['basis'], ['computed']],
			(f) => (f.basis === 'computed') === (f.computed !== undefined),
			'goes with basis computed and only with it: a computed value names its method'
		),
		['computed']
	)
] as const;

/**
 * An object that carries a figure's year, basis and source beside `entries` (a `value`, or a
 * shareholding's `pct`), with the checks across them.
 */
export function sourcedObject<E extends v.ObjectEntries>(entries: E, title: string) {
	// `entries` twice: first so that the value leads in SCHEMA.md's table, last so that it wins.
	const object = v.strictObject({
		...entries,
		...figureEntries,
		unit: sourced(doc(v.optional(Text), 'the unit (`Mt/yr`, `km2`)')),
		...entries
	});
	// The checks read only basis, as_of, computed and source, which every such object has; typed
	// against FigureLike, they are spread in untyped so that the object's output type stays inferred.
	return v.pipe(object, v.metadata({ title }), ...(figureChecks as unknown as []));
}

/** A sourced value `{ value, year, basis, source | computed, … }` (SCHEMA.md "Sourced values"). */
export function figure<V extends v.GenericSchema, E extends v.ObjectEntries = Record<never, never>>(
	value: V,
	extra?: E,
	title = 'sourced value'
) {
	return sourcedObject({ value: sourced(doc(value, 'the figure')), ...(extra as E) }, title);
}

export const Sourced = figure(NumOrText);
export const SourcedNumber = figure(Num, {}, 'sourced number');
export const SourcedDate = figure(IsoDate, {}, 'sourced date');
export const Measure = figure(
	Num,
	{ unit: sourced(doc(Text, 'the unit (`Mt/yr`, `km2`)')) },
	'measure (sourced number with `unit`)'
);
/** A value that may be text ("more than 16,000") where the source gives no exact number. */
export const SourcedWithUnit = figure(
	NumOrText,
	{ unit: sourced(doc(Text, 'the unit')) },
	'sourced value with `unit`'
);

/** A page that backs a non-figure fact (a definition, a route): `{ url, year }`. */
export const Link = tag(
	v.strictObject({
		url: sourced(doc(HttpsUrl, 'the page')),
		year: sourced(doc(Year, 'its publication year')),
		via: doc(v.optional(Via), 'the copy it was read on'),
		attribution: doc(v.optional(Text), 'whose words it records')
	}),
	{ title: 'link `{ url, year }`' }
);

/** One entry of a feature's `sources`. */
export const SourceRef = v.strictObject({
	url: doc(HttpsUrl, 'on an original publisher’s host (source policy)'),
	title: doc(v.optional(Text), 'the page’s title'),
	year: doc(Year, 'publication year'),
	cited_for: doc(v.optional(Text), 'which facts of the feature it backs, where the title does not say'),
	via: doc(v.optional(Via), 'the copy it was read on'),
	attribution: doc(v.optional(Text), 'for state media and propaganda: whose words the page records')
});

export const Sources = tag(
	v.pipe(
		v.array(SourceRef, says('a list of {url, year}')),
		v.minLength(1, 'is empty; at least one {url, year} is required'),
		// One entry per page: a page cited twice reads as two sources, and the app keys lists by URL.
		v.check(
			(list) => new Set(list.map((s) => s.url)).size === list.length,
			'lists a page twice; one entry per page'
		)
	),
	{ rule: 'sources', title: '`{ url, title?, year, cited_for?, via?, attribution? }[]`' }
);

export const PRECISIONS = ['site', 'city', 'approximate'] as const;
/** Where a point's coordinates come from and how close they are. */
export const Location = tag(
	v.strictObject({
		source: doc(HttpsUrl, 'where the coordinates come from'),
		year: doc(Year, 'its year'),
		precision: doc(
			oneOf(PRECISIONS),
			'`site` (the facility itself), `city` (the town’s centre stands in for it) or `approximate`'
		),
		note: doc(v.optional(Text), 'what an approximate point stands for (a nominal point, a district)'),
		via: doc(v.optional(Via), 'the copy it was read on')
	}),
	{ rule: 'location', title: '`{ source, year, precision, note?, via? }`' }
);

/**
 * A property no dataset declares (a mission's strength, a field's gas output, a pipeline's
 * sections): not typed, but held to the same rules: a figure is a sourced value, an object with a
 * `source` or `url` has it https with a year, and nothing is null. The app shows such figures too.
 */
export const Extra: v.GenericSchema<unknown> = v.lazy((input) => {
	if (Array.isArray(input)) return extra.list;
	if (!isRecord(input)) return input === null ? extra.none : extra.scalar;
	if ('value' in input) return Sourced;
	if ('source' in input) return extra.source;
	if ('url' in input) return extra.url;
	return extra.record;
});
// Made once, not per value: the getter above runs for every undeclared value of every file.
const extra = {
	list: v.array(Extra),
	record: v.record(v.string(), Extra),
	scalar: v.union([v.string(), Num, v.boolean()]),
	none: v.never(),
	source: v.objectWithRest({ source: sourced(HttpsUrl), year: sourced(Year), via: v.optional(Via) }, Extra),
	url: v.objectWithRest({ url: sourced(HttpsUrl), year: sourced(Year), via: v.optional(Via) }, Extra)
};

// ---- geometry (rule `geojson`) ---------------------------------------------------------------

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

const PAIR = 'a [lon, lat] pair of finite numbers';
const Coordinate = v.pipe(v.number(says(PAIR)), v.finite(says(PAIR)));
const Position = v.pipe(
	v.array(Coordinate, says(PAIR)),
	v.minLength(2, says(PAIR)),
	v.maxLength(3, says(PAIR))
);
const Positions = v.array(Position, says('an array of positions'));
const Line = v.pipe(Positions, v.minLength(2, says('a line of at least 2 positions')));
// Ring length and closure are polygon-closed's business; here a ring only has to be positions.
const Rings = v.pipe(
	v.array(Positions, says('an array of rings')),
	v.minLength(1, says('at least one ring'))
);
const nonEmpty = <S extends v.GenericSchema<unknown[]>>(s: S) =>
	v.pipe(s, v.minLength(1, says('non-empty coordinates')));

const Geometry = v.variant(
	'type',
	[
		v.object({ type: v.literal('Point'), coordinates: Position }),
		v.object({ type: v.literal('MultiPoint'), coordinates: nonEmpty(Positions) }),
		v.object({ type: v.literal('LineString'), coordinates: Line }),
		v.object({ type: v.literal('MultiLineString'), coordinates: nonEmpty(v.array(Line)) }),
		v.object({ type: v.literal('Polygon'), coordinates: Rings }),
		v.object({ type: v.literal('MultiPolygon'), coordinates: nonEmpty(v.array(Rings)) })
	],
	says(`a geometry (${GEOMETRY_TYPES.join(', ')}); every feature must be drawable`)
);

/** A GeoJSON Feature with a drawable geometry and an object for properties (checked per dataset). */
export const FeatureEnvelope = tag(
	v.object({
		type: v.literal('Feature', says('"Feature"')),
		geometry: Geometry,
		properties: v.record(v.string(), v.unknown(), says('an object')),
		id: v.optional(v.unknown())
	}),
	{ rule: 'geojson' }
);

/** A FeatureCollection; its other top-level members (notes, gaps, national figures) obey Extra. */
export const Collection = tag(
	v.objectWithRest(
		{
			type: v.literal('FeatureCollection', says('"FeatureCollection"')),
			features: v.array(v.unknown(), says('an array'))
		},
		tag(Extra, { rule: 'required-properties' })
	),
	{ rule: 'geojson' }
);
