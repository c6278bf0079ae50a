import * as v from 'valibot';
import { defineSchema, type PropsOf } from './schema/dataset';
import {
	Country,
	doc,
	figure,
	sourcedObject,
	IsoDate,
	Link,
	Measure,
	Num,
	oneOf,
	Sourced,
	SourcedDate,
	SourcedNumber,
	SourcedWithUnit,
	Text,
	tag,
	HttpsUrl,
	Year,
	Via
} from './schema/parts';

/*
 * The six datasets of geodata/, each defined once: the validator runs these schemas (at build and
 * in the browser), the app's types are inferred from them (PropsOf), and geodata/SCHEMA.md is
 * generated from them (`npm run schema`; a unit test fails when the committed file differs).
 */

const points = ['Point'] as const;
const lines = ['LineString', 'MultiLineString'] as const;
const areas = ['Polygon', 'MultiPolygon'] as const;
const sitesOrAreas = ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'] as const;

/** A page's URL and year as a pair inside another object (centres, statements). */
const sourceYear = {
	source: tag(doc(HttpsUrl, 'the page'), { rule: 'sourced-value' }),
	year: tag(doc(Year, 'its year'), { rule: 'sourced-value' })
};

// ---- regions.geojson -------------------------------------------------------------------------

const Centre = tag(
	v.strictObject({
		name: doc(Text, 'the town'),
		lon: doc(Num, 'longitude'),
		lat: doc(Num, 'latitude'),
		...sourceYear,
		via: doc(v.optional(Via), 'the copy it was read on')
	}),
	{ title: '`{ name, lon, lat, source, year, via? }`' }
);
/** One published share of one group: a region may have several (census 2009, estimates since). */
const EthnicShare = figure(
	Num,
	{ group: doc(oneOf(['kazakh', 'russian']), 'whose share') },
	'sourced share in percent with `group`'
);

export const regionsSchema = defineSchema({
	name: 'regions',
	about:
		'Built by `npm run geodata` from Natural Earth admin-1. `id` is the ISO 3166-2 code in January 2022 (`KZ-AKM`).',
	idPrefixes: ['KZ-'],
	base: {
		name_kk: doc(Text, 'Kazakh name'),
		name_ru: doc(Text, 'Russian name'),
		iso_now: doc(Text, 'the ISO 3166-2 code today (`KZ-11`)'),
		centre: doc(v.optional(Centre), 'the administrative centre in January 2022'),
		population: doc(v.optional(SourcedNumber), 'population'),
		ethnic: doc(
			v.optional(v.array(EthnicShare)),
			'published shares; a census share and estimates after it; the map shows the best one (census before official estimate before anything else, then the newest)'
		),
		area_km2: doc(v.optional(SourcedNumber), 'area (computed)'),
		russia_border_km: doc(v.optional(SourcedNumber), 'length of the border with Russia (computed)'),
		split_2022: doc(v.optional(Text), 'only on the regions split on 8 June 2022'),
		representation: doc(v.optional(Text), 'only where Natural Earth lacks the unit (Shymkent)')
	},
	kinds: {
		region: {
			geometry: areas,
			properties: {
				centre: doc(Centre, 'the administrative centre in January 2022'),
				area_km2: doc(SourcedNumber, 'area (computed)')
			}
		},
		// Shymkent city has no polygon in Natural Earth: it is a Point (see its `representation`).
		city: { geometry: [...areas, 'Point'] }
	}
});

// ---- north.geojson ---------------------------------------------------------------------------

const Statement = v.strictObject({
	date: doc(IsoDate, 'when it was said'),
	speaker: doc(Text, 'who'),
	role: doc(Text, 'their office'),
	summary: doc(Text, 'what they said, in our words'),
	quote: doc(v.optional(Text), 'only where the source prints these words'),
	...sourceYear,
	attribution: doc(v.optional(Text), 'whose words a state-media page records')
});

export const northSchema = defineSchema({
	name: 'north',
	about: 'Built from regions: one (Multi)Polygon feature, the north as the article means it.',
	idPrefixes: ['north'],
	base: {
		definition: doc(Text, 'what "the north" is here'),
		definition_source: doc(Link, 'where that definition comes from'),
		regions: doc(v.array(Text), 'the region ids it is made of'),
		statements: doc(v.array(Statement), 'territorial statements about it')
	},
	kinds: { zone: { geometry: areas } }
});

// ---- csto.geojson ----------------------------------------------------------------------------

const Contingent = v.strictObject({
	country: doc(Country, 'the sending state'),
	unit: doc(v.optional(Text), 'the unit, where documented'),
	// A size may be text ("more than 100") where the source gives no exact number.
	size: doc(v.optional(Sourced), 'its size')
});
const cstoSite = {
	// Optional: which contingent guarded a site is not always documented (CHP-3).
	contingents: doc(v.optional(v.array(Contingent)), 'who was there'),
	arrived: doc(v.optional(SourcedDate), 'arrival'),
	departed: doc(v.optional(SourcedDate), 'departure'),
	role: doc(Text, 'what the site was for in the deployment')
};

export const cstoSchema = defineSchema({
	name: 'csto',
	about:
		'The CSTO deployment of January 2022, and the earlier Russian deployments the article names (South Ossetia, Crimea, Syria, the South Caucasus, Belarus).',
	idPrefixes: ['csto-', 'ctx-'],
	base: {},
	kinds: {
		'guarded-site': { geometry: points, properties: cstoSite },
		airfield: { geometry: points, properties: cstoSite },
		hq: { geometry: points, properties: cstoSite },
		airlift: {
			geometry: lines,
			properties: {
				from: doc(Text, 'origin (a feature id or a name)'),
				to: doc(Text, 'destination (a feature id or a name)'),
				country: doc(Text, 'whose aircraft')
			}
		},
		'context-deployment': {
			geometry: sitesOrAreas,
			properties: {
				date_start: doc(SourcedDate, 'when it began'),
				summary: doc(Text, 'what it was')
			}
		}
	}
});

// ---- unrest.geojson --------------------------------------------------------------------------

export const unrestSchema = defineSchema({
	name: 'unrest',
	about: 'Protests, clashes and seizures of buildings, January 2022.',
	idPrefixes: ['unrest-'],
	base: {
		first_date: doc(SourcedDate, 'the first day it was reported'),
		summary: doc(Text, 'what happened'),
		deaths: doc(v.optional(SourcedNumber), 'only where an official figure exists')
	},
	kinds: { protest: { geometry: points }, clash: { geometry: points }, seizure: { geometry: points } }
});

// ---- energy.geojson --------------------------------------------------------------------------

const Shareholder = sourcedObject(
	{
		name: doc(Text, 'the shareholder'),
		// Required here: the app links every shareholding to its page.
		source: tag(doc(HttpsUrl, 'the page'), { rule: 'sourced-value' }),
		country: doc(Country, 'its home state'),
		pct: tag(
			doc(v.pipe(Num, v.minValue(0, 'is not 0–100'), v.maxValue(100, 'is not 0–100')), 'its share, 0–100'),
			{ rule: 'sourced-value' }
		)
	},
	'shareholding `{ name, country, pct, year, basis, source }`'
);
const energySite = { geometry: sitesOrAreas } as const;

export const energySchema = defineSchema({
	name: 'energy',
	about: 'Energy assets: fields, pipelines, refineries, mines, power stations and the spaceport.',
	idPrefixes: ['energy-'],
	base: {
		operator: doc(Text, 'who runs it'),
		shareholders: doc(v.optional(v.array(Shareholder)), 'who owns it'),
		output: doc(v.optional(Measure), 'annual output'),
		capacity: doc(v.optional(Measure), 'capacity'),
		length_km: doc(v.optional(Measure), 'length'),
		commissioned: doc(v.optional(Sourced), 'when it started working')
	},
	kinds: {
		'oil-field': energySite,
		'gas-field': energySite,
		pipeline: {
			geometry: lines,
			properties: { route_source: doc(Link, 'where the drawn waypoints come from') }
		},
		refinery: energySite,
		uranium: energySite,
		coal: energySite,
		power: energySite,
		spaceport: energySite
	}
});

// ---- military.geojson ------------------------------------------------------------------------

export const militarySchema = defineSchema({
	name: 'military',
	about:
		'Russian military sites used in Kazakhstan under intergovernmental agreements in January 2022 (not the CSTO deployment). A site that is not mapped (no sourced point) or not leased in January 2022 goes in the file’s top-level `gaps`, not in `features`.',
	idPrefixes: ['mil-'],
	base: {
		lessee: doc(Country, 'the state that uses the site'),
		role: doc(Text, 'what the site is for'),
		status: doc(
			Text,
			'its legal and working state in January 2022, as the sources put it (a denounced agreement, a site being abandoned)'
		),
		agreement_signed: doc(v.optional(SourcedDate), 'the agreement'),
		ratified: doc(v.optional(SourcedDate), 'its ratification'),
		denounced: doc(v.optional(SourcedDate), 'its denunciation'),
		agreement_ended: doc(v.optional(SourcedDate), 'its end'),
		leased_area: doc(v.optional(Measure), 'the leased area'),
		land_returned: doc(
			v.optional(SourcedWithUnit),
			'land returned; text ("more than 16,000") where the source gives no exact number'
		)
	},
	// A test range may become a (Multi)Polygon once a range's boundary is sourced.
	kinds: { 'test-range': { geometry: sitesOrAreas }, radar: { geometry: points } }
});

export type RegionProps = PropsOf<typeof regionsSchema>;
export type NorthProps = PropsOf<typeof northSchema>;
export type CstoProps = PropsOf<typeof cstoSchema>;
export type UnrestProps = PropsOf<typeof unrestSchema>;
export type EnergyProps = PropsOf<typeof energySchema>;
export type MilitaryProps = PropsOf<typeof militarySchema>;

export type CstoSiteProps = Extract<CstoProps, { kind: 'guarded-site' | 'airfield' | 'hq' }>;
export type AirliftProps = Extract<CstoProps, { kind: 'airlift' }>;
export type ContextDeploymentProps = Extract<CstoProps, { kind: 'context-deployment' }>;
export type PipelineProps = Extract<EnergyProps, { kind: 'pipeline' }>;
export type EthnicShare = v.InferOutput<typeof EthnicShare>;
export type Centre = v.InferOutput<typeof Centre>;
export type Statement = v.InferOutput<typeof Statement>;
export type Contingent = v.InferOutput<typeof Contingent>;
export type Shareholder = v.InferOutput<typeof Shareholder>;
export type SourcedValue = v.InferOutput<typeof Sourced>;

/** Every shipped schema, in SCHEMA.md's order. */
export const SCHEMAS = [regionsSchema, northSchema, cstoSchema, unrestSchema, energySchema, militarySchema];
