import timelineUrl from '../../../geodata/timeline.json?url';
import { AREAS, DATASETS, type DatasetEntry } from '$lib/datasets';
import { isPacked, unpack, type Packed } from '../geo/unpack';
import { trustedCollection } from '../geo/drawn';
import type { ValidationContext } from '../geo/validate';
import { keepTopology } from './topology';
import type { LayerName } from '../state/permalink';
import type { AnyProps, Collection, TimelineEvent } from './types';

/** A dataset either loads and validates, or fails with a message naming the file — and only its layer goes. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; message: string };
/** The layer names are the registry's ids (src/lib/datasets). */
export type { LayerName };
export type LayerData = Loaded<Collection<AnyProps>>;
/** Every registered dataset by id, each loaded or failed on its own; and the timeline. */
export type Datasets = { layers: Readonly<Record<LayerName, LayerData>>; timeline: Loaded<TimelineEvent[]> };

/** A dataset's features if it loaded, else none: for code that lists across datasets. */
export function featuresOf(d: Datasets, entry: DatasetEntry) {
	const loaded = d.layers[entry.id];
	return loaded?.ok ? loaded.data.features : [];
}

/** A fetched file, as GeoJSON; `packed` is the TopoJSON it came as, if it did. */
type Fetched = Loaded<unknown> & { packed?: Packed; trusted?: boolean };

/**
 * Whether the bytes are the built file's, by SHA-256. Without Web Crypto (a page served over plain
 * HTTP from another host is no secure context) nothing is trusted and every file is validated.
 */
async function isBuilt(bytes: ArrayBuffer, sha256: string | undefined): Promise<boolean> {
	if (!sha256 || !globalThis.crypto?.subtle) return false;
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes).catch(() => new ArrayBuffer(0)));
	let binary = '';
	for (const b of digest) binary += String.fromCharCode(b);
	return btoa(binary) === sha256;
}

async function getJson(url: string, file: string, sha256?: string): Promise<Fetched> {
	try {
		const res = await fetch(url);
		if (!res.ok) return { ok: false, message: `${file} could not be loaded (HTTP ${res.status}).` };
		const bytes = await res.arrayBuffer();
		const [trusted, json] = await Promise.all([
			isBuilt(bytes, sha256),
			JSON.parse(new TextDecoder().decode(bytes)) as unknown
		]);
		return { ok: true, data: unpack(json), trusted, ...(isPacked(json) && { packed: json }) };
	} catch (err) {
		return {
			ok: false,
			message: `${file} could not be loaded (${err instanceof Error ? err.message : String(err)}).`
		};
	}
}

/**
 * Fetches every registered dataset in parallel. A file whose bytes are the built file's (its
 * SHA-256 is the registry's) was validated by the build, exactly as it arrived (server/shipped.ts),
 * so it is used as it is; any other file is validated here, the areas (regions) first since the
 * others' points are checked against them, and fails alone. The validator loads only then.
 */
export async function loadDatasets(): Promise<Datasets> {
	const [timelineRaw, ...raws] = await Promise.all([
		getJson(timelineUrl, 'timeline.json'),
		...DATASETS.map((d) => getJson(d.url, d.file, d.sha256))
	]);
	const rawOf = new Map(DATASETS.map((d, i) => [d, raws[i]!]));
	const validator = raws.some((r) => r.ok && !r.trusted) ? import('./check') : undefined;
	const check = async (d: DatasetEntry, ctx: ValidationContext = {}): Promise<LayerData> => {
		const raw = rawOf.get(d)!;
		if (!raw.ok) return raw;
		let checked: LayerData;
		if (raw.trusted) checked = { ok: true, data: trustedCollection(raw.data) as Collection<AnyProps> };
		else {
			// A mark per file validated here, for the tests: an intact build validates none.
			performance.mark('geodata:validate', { detail: d.file });
			checked = (await validator!).checkDataset(d, raw, ctx);
		}
		if (checked.ok && raw.packed) keepTopology(checked.data, raw.packed);
		return checked;
	};
	const areas = AREAS ? await check(AREAS) : undefined;
	const ctx = areas?.ok ? { regions: areas.data } : {};
	const layers: Record<LayerName, LayerData> = {};
	for (const d of DATASETS) layers[d.id] = d === AREAS && areas ? areas : await check(d, ctx);
	return { layers, timeline: checkTimeline(timelineRaw) };
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
