import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
	CstoProps,
	EnergyProps,
	MilitaryProps,
	NorthProps,
	RegionProps,
	UnrestProps
} from '$lib/geo/schemas';

// The dataset property types are defined once, next to the schemas that validate them.
export type {
	AirliftProps,
	Contingent,
	ContextDeploymentProps,
	CstoProps,
	CstoSiteProps,
	EnergyProps,
	EthnicShare,
	MilitaryProps,
	NorthProps,
	RegionProps,
	Shareholder,
	SourcedValue,
	Statement,
	UnrestProps
} from '$lib/geo/schemas';

export type TimelineEvent = { date: string; text: string; features: string[]; source: string; year: number };
export type Collection<P> = FeatureCollection<Geometry, P>;
export type AnyProps = RegionProps | NorthProps | CstoProps | UnrestProps | EnergyProps | MilitaryProps;
export type AnyFeature = Feature<Geometry, AnyProps>;
