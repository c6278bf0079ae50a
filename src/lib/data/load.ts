// Regions and north are mostly shared borders: they travel as TopoJSON (vite-plugin-geodata.ts).
import regionsUrl from '../../../geodata/regions.geojson?packed';
import northUrl from '../../../geodata/north.geojson?packed';
import cstoUrl from '../../../geodata/csto.geojson?url';
import unrestUrl from '../../../geodata/unrest.geojson?url';
import energyUrl from '../../../geodata/energy.geojson?url';
import militaryUrl from '../../../geodata/military.geojson?url';
import timelineUrl from '../../../geodata/timeline.json?url';
import { checkDataset } from './check';
import { unpack } from '../geo/unpack';
import type { LayerName } from '../state/permalink';
import type {
	Collection,
	CstoProps,
	EnergyProps,
	MilitaryProps,
	NorthProps,
	RegionProps,
	TimelineEvent,
	UnrestProps
} from './types';

/** A dataset either loads and validates, or fails with a message naming the file — and only its layer goes. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; message: string };
/** The layer names are defined once, with the permalink that spells them (state/permalink.ts). */
export type { LayerName };
/** Each layer's feature properties: a layer name without an entry here is a type error below. */
type LayerProps = {
	regions: RegionProps;
	north: NorthProps;
	csto: CstoProps;
	unrest: UnrestProps;
	energy: EnergyProps;
	military: MilitaryProps;
};
export type Datasets = { [K in LayerName]: Loaded<Collection<LayerProps[K]>> } & {
	timeline: Loaded<TimelineEvent[]>;
};

async function getJson(url: string, file: string): Promise<Loaded<unknown>> {
	try {
		const res = await fetch(url);
		if (!res.ok) return { ok: false, message: `${file} could not be loaded (HTTP ${res.status}).` };
		return { ok: true, data: unpack(await res.json()) };
	} catch (err) {
		return {
			ok: false,
			message: `${file} could not be loaded (${err instanceof Error ? err.message : String(err)}).`
		};
	}
}

/** Fetches every dataset in parallel and validates each once (regions first: points are checked against them). */
export async function loadDatasets(): Promise<Datasets> {
	const [regionsRaw, northRaw, cstoRaw, unrestRaw, energyRaw, militaryRaw, timelineRaw] = await Promise.all([
		getJson(regionsUrl, 'regions.geojson'),
		getJson(northUrl, 'north.geojson'),
		getJson(cstoUrl, 'csto.geojson'),
		getJson(unrestUrl, 'unrest.geojson'),
		getJson(energyUrl, 'energy.geojson'),
		getJson(militaryUrl, 'military.geojson'),
		getJson(timelineUrl, 'timeline.json')
	]);
	const regions = checkDataset('regions', regionsRaw);
	const ctx = regions.ok ? { regions: regions.data } : {};
	return {
		regions,
		north: checkDataset('north', northRaw, ctx),
		csto: checkDataset('csto', cstoRaw, ctx),
		unrest: checkDataset('unrest', unrestRaw, ctx),
		energy: checkDataset('energy', energyRaw, ctx),
		military: checkDataset('military', militaryRaw, ctx),
		timeline: checkTimeline(timelineRaw)
	};
}

function checkTimeline(raw: Loaded<unknown>): Loaded<TimelineEvent[]> {
	if (!raw.ok) return raw;
	const events = (raw.data as { events?: unknown })?.events;
	if (!Array.isArray(events)) return { ok: false, message: 'timeline.json: "events" must be an array.' };
	const bad = events.findIndex(
		(e) =>
			typeof e !== 'object' ||
			e === null ||
			!/^\d{4}-\d{2}-\d{2}$/.test(String((e as TimelineEvent).date)) ||
			typeof (e as TimelineEvent).text !== 'string' ||
			!String((e as TimelineEvent).source).startsWith('https://')
	);
	if (bad >= 0)
		return {
			ok: false,
			message: `timeline.json › event ${bad} › needs date (YYYY-MM-DD), text and an https source.`
		};
	return { ok: true, data: events as TimelineEvent[] };
}
