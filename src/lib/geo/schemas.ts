import { extendShape, type DatasetSchema, type Shape } from './schema';
import type { BasisKind } from '../sources/basis';

/*
 * The six datasets of geodata/SCHEMA.md: each Props type sits next to the schema that proves it, so
 * a change to one is seen next to the other. parseDataset hands out a Props type only after every
 * rule passed, so the types promise no more than the rules check.
 */

// ---- shared --------------------------------------------------------------------------------

/** The copy a figure was read on, when the original could not be read (SCHEMA.md "Sources"). */
export interface Via {
	url: string;
	/** The day it was read, YYYY-MM-DD. */
	read: string;
}
export interface SourceRef {
	url: string;
	title?: string;
	year: number;
	/** Which facts of the feature the page backs ("population", "names"), where the title does not say. */
	cited_for?: string;
	via?: Via;
	/** For state media and propaganda: whose words the page records. */
	attribution?: string;
}
export interface SourceLink {
	url: string;
	year: number;
}
/** A printed figure: SCHEMA.md "Sourced values". */
export type SourcedValue<T extends number | string = number | string> = {
	value: T;
	year: number;
	/** What the figure is (src/lib/sources/basis.ts). */
	basis: BasisKind;
	/** For an estimate: the date it is as of. */
	as_of?: string;
	basis_note?: string;
	note?: string;
	via?: Via;
	attribution?: string;
} & ({ source: string; computed?: string } | { computed: string; source?: string });
export type Measure = SourcedValue<number> & { unit: string };

export interface Location {
	source: string;
	year: number;
	precision: 'site' | 'city' | 'approximate';
	/** What the point stands for, where it is not the site itself (a nominal point, a district). */
	note?: string;
	via?: Via;
}
export interface BaseProps {
	id: string;
	name: string;
	name_kk?: string;
	name_ru?: string;
	sources: SourceRef[];
	/** Present on Point features (the `location` rule). */
	location?: Location;
	/** Region id a point lies in (the `point-in-region` rule). */
	region?: string;
}

const common: Shape = { name: 'string', 'name_kk?': 'string', 'name_ru?': 'string', 'region?': 'string' };
const points = ['Point'] as const;
const lines = ['LineString', 'MultiLineString'] as const;
const areas = ['Polygon', 'MultiPolygon'] as const;
const sitesOrAreas = ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'] as const;

// ---- regions.geojson -------------------------------------------------------------------------

export interface Centre {
	name: string;
	lon: number;
	lat: number;
	source: string;
	year: number;
}
/** One published share of one group: a region may have several (census 2009, estimates since). */
export type EthnicShare = SourcedValue<number> & { group: 'kazakh' | 'russian' };
export interface RegionProps extends BaseProps {
	kind: 'region' | 'city';
	name_kk: string;
	name_ru: string;
	iso_now: string;
	/** Required on kind `region`. */
	centre?: Centre;
	population?: SourcedValue<number>;
	ethnic?: EthnicShare[];
	/** Required on kind `region`; a city drawn as a point has none. */
	area_km2?: SourcedValue<number>;
	russia_border_km?: SourcedValue<number>;
	split_2022?: string;
	representation?: string;
}

const centre: Shape = { name: 'string', lon: 'number', lat: 'number', source: 'string' };
const share: Shape = { group: { oneOf: ['kazakh', 'russian'] }, value: 'number' };

export const regionsSchema = {
	name: 'regions',
	kinds: ['region', 'city'],
	idPrefixes: ['KZ-'],
	required: extendShape(common, {
		name_kk: 'string',
		name_ru: 'string',
		iso_now: 'string',
		'centre?': { object: centre },
		'population?': 'sourced-number',
		'ethnic?': { array: { object: share } },
		'area_km2?': 'sourced-number',
		'russia_border_km?': 'sourced-number',
		'split_2022?': 'string',
		'representation?': 'string'
	}),
	requiredByKind: { region: { centre: { object: centre }, area_km2: 'sourced-number' } },
	// Shymkent city has no polygon in Natural Earth: it is a Point (see its `representation`).
	geometryByKind: { region: areas, city: [...areas, 'Point'] }
} as const satisfies DatasetSchema<RegionProps['kind']>;

// ---- north.geojson ---------------------------------------------------------------------------

export interface Statement {
	date: string;
	speaker: string;
	role: string;
	summary: string;
	/** Only where the source prints these words. */
	quote?: string;
	source: string;
	year: number;
}
export interface NorthProps extends BaseProps {
	kind: 'zone';
	definition: string;
	definition_source: SourceLink;
	regions: string[];
	statements: Statement[];
}

export const northSchema = {
	name: 'north',
	kinds: ['zone'],
	idPrefixes: ['north'],
	required: extendShape(common, {
		definition: 'string',
		definition_source: { object: { url: 'string' } },
		regions: { array: 'string' },
		statements: {
			array: {
				object: {
					date: 'date',
					speaker: 'string',
					role: 'string',
					summary: 'string',
					'quote?': 'string',
					source: 'string'
				}
			}
		}
	}),
	geometryByKind: { zone: areas }
} as const satisfies DatasetSchema<NorthProps['kind']>;

// ---- csto.geojson ----------------------------------------------------------------------------

export interface Contingent {
	country: string;
	unit?: string;
	size?: SourcedValue;
}
export interface CstoSiteProps extends BaseProps {
	kind: 'guarded-site' | 'airfield' | 'hq';
	contingents?: Contingent[];
	arrived?: SourcedValue<string>;
	departed?: SourcedValue<string>;
	role: string;
}
export interface AirliftProps extends BaseProps {
	kind: 'airlift';
	from: string;
	to: string;
	country: string;
}
export interface ContextDeploymentProps extends BaseProps {
	kind: 'context-deployment';
	date_start: SourcedValue<string>;
	summary: string;
}
export type CstoProps = CstoSiteProps | AirliftProps | ContextDeploymentProps;

const cstoSite: Shape = {
	// Optional: which contingent guarded a site is not always documented (CHP-3). A size may be text
	// ("more than 100") where the source gives no exact number.
	'contingents?': { array: { object: { country: 'country', 'unit?': 'string', 'size?': 'sourced' } } },
	'arrived?': 'sourced-date',
	'departed?': 'sourced-date',
	role: 'string'
};

export const cstoSchema = {
	name: 'csto',
	kinds: ['guarded-site', 'airfield', 'hq', 'airlift', 'context-deployment'],
	idPrefixes: ['csto-', 'ctx-'],
	required: common,
	requiredByKind: {
		'guarded-site': cstoSite,
		airfield: cstoSite,
		hq: cstoSite,
		airlift: { from: 'string', to: 'string', country: 'string' },
		'context-deployment': { date_start: 'sourced-date', summary: 'string' }
	},
	geometryByKind: {
		'guarded-site': points,
		airfield: points,
		hq: points,
		airlift: lines,
		'context-deployment': sitesOrAreas
	}
} as const satisfies DatasetSchema<CstoProps['kind']>;

// ---- unrest.geojson --------------------------------------------------------------------------

export interface UnrestProps extends BaseProps {
	kind: 'protest' | 'clash' | 'seizure';
	first_date: SourcedValue<string>;
	summary: string;
	/** Only where an official figure exists. */
	deaths?: SourcedValue<number>;
}

export const unrestSchema = {
	name: 'unrest',
	kinds: ['protest', 'clash', 'seizure'],
	idPrefixes: ['unrest-'],
	required: extendShape(common, {
		first_date: 'sourced-date',
		summary: 'string',
		'deaths?': 'sourced-number'
	}),
	geometryByKind: { protest: points, clash: points, seizure: points }
} as const satisfies DatasetSchema<UnrestProps['kind']>;

// ---- energy.geojson --------------------------------------------------------------------------

export interface Shareholder {
	name: string;
	country: string;
	pct: number;
	source: string;
	year: number;
	basis: BasisKind;
	as_of?: string;
	basis_note?: string;
	via?: Via;
}
interface EnergyCommon extends BaseProps {
	operator: string;
	shareholders?: Shareholder[];
	output?: Measure;
	capacity?: Measure;
	length_km?: Measure;
	commissioned?: SourcedValue;
}
export interface PipelineProps extends EnergyCommon {
	kind: 'pipeline';
	route_source: SourceLink;
}
export interface EnergySiteProps extends EnergyCommon {
	kind: 'oil-field' | 'gas-field' | 'refinery' | 'uranium' | 'coal' | 'power' | 'spaceport';
}
export type EnergyProps = PipelineProps | EnergySiteProps;

export const energySchema = {
	name: 'energy',
	kinds: ['oil-field', 'gas-field', 'pipeline', 'refinery', 'uranium', 'coal', 'power', 'spaceport'],
	idPrefixes: ['energy-'],
	required: extendShape(common, {
		operator: 'string',
		// source and year of a shareholding are the sourced-value rule's (it owns every source/year pair).
		'shareholders?': { array: { object: { name: 'string', country: 'country', pct: 'number' } } },
		'output?': 'measure',
		'capacity?': 'measure',
		'length_km?': 'measure',
		'commissioned?': 'sourced'
	}),
	requiredByKind: { pipeline: { route_source: { object: { url: 'string' } } } },
	geometryByKind: {
		'oil-field': sitesOrAreas,
		'gas-field': sitesOrAreas,
		pipeline: lines,
		refinery: sitesOrAreas,
		uranium: sitesOrAreas,
		coal: sitesOrAreas,
		power: sitesOrAreas,
		spaceport: sitesOrAreas
	}
} as const satisfies DatasetSchema<EnergyProps['kind']>;

// ---- military.geojson ------------------------------------------------------------------------

/** A site Russia's armed forces used in Kazakhstan under an intergovernmental agreement, Jan 2022. */
export interface MilitaryProps extends BaseProps {
	kind: 'test-range' | 'radar';
	/** ISO 3166-1 alpha-2 of the state that uses the site. */
	lessee: string;
	/** What the site is for. */
	role: string;
	/** Its legal and working state in January 2022, as the sources put it. */
	status: string;
	agreement_signed?: SourcedValue<string>;
	ratified?: SourcedValue<string>;
	denounced?: SourcedValue<string>;
	agreement_ended?: SourcedValue<string>;
	leased_area?: Measure;
	/** A value may be text ("more than 16,000") where the source gives no exact number. */
	land_returned?: SourcedValue & { unit: string };
}

export const militarySchema = {
	name: 'military',
	kinds: ['test-range', 'radar'],
	idPrefixes: ['mil-'],
	required: extendShape(common, {
		lessee: 'country',
		role: 'string',
		status: 'string',
		'agreement_signed?': 'sourced-date',
		'ratified?': 'sourced-date',
		'denounced?': 'sourced-date',
		'agreement_ended?': 'sourced-date',
		'leased_area?': 'measure',
		'land_returned?': 'sourced'
	}),
	geometryByKind: { 'test-range': sitesOrAreas, radar: points }
} as const satisfies DatasetSchema<MilitaryProps['kind']>;

/** Dataset name → the Props type its schema proves. */
export interface DatasetProps {
	regions: RegionProps;
	north: NorthProps;
	csto: CstoProps;
	unrest: UnrestProps;
	energy: EnergyProps;
	military: MilitaryProps;
}
export type DatasetName = keyof DatasetProps;
