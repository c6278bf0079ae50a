/**
 * The permalink: what is on screen, as query parameters on the page URL.
 *
 *   ?v=66.9,48,4.2&l=regions,unrest&f=<feature id>&p=p3&d=2022-01-05&place=city:608668
 *
 * A URL is user input (pasted, hand-edited, cut short by chat apps, crafted), so parsing is total:
 * each malformed parameter falls back to its default, with a note in `rejected`, and the rest of
 * the link still applies. Nothing from the URL is ever used as an object key, so `__proto__` and
 * friends are just strings that fail to match.
 */

import { DATASETS, LAYER_IDS } from '$lib/datasets';

/** Layer names come from the dataset registry; `l=` may name only these. */
export const LAYER_NAMES: readonly string[] = LAYER_IDS;
export type LayerName = string;
export type ViewState = { lon: number; lat: number; zoom: number };
export type AppState = {
	view: ViewState | null;
	layers: Record<LayerName, boolean>;
	feature: string | null;
	passage: string | null;
	date: string | null;
	/** A basemap place chosen in search (`city:<GeoNames id>`, `country:<ISO3>`), its details open. */
	place: string | null;
};
export type ParseOptions = {
	featureIds: ReadonlySet<string>;
	passageCount: number;
	/** Inclusive, as `YYYY-MM-DD`. */
	dateRange: [string, string];
	/** The basemap's labelled places; `place=` may name only these (none given: none is valid). */
	placeIds?: ReadonlySet<string>;
};

/** Frozen: callers spread it (`{ ...DEFAULT_LAYERS }`) rather than share one mutable object. */
export const DEFAULT_LAYERS: Readonly<Record<LayerName, boolean>> = Object.freeze(
	Object.fromEntries(DATASETS.map((d) => [d.id, d.visibleByDefault]))
);

/** The map's own limits (MapView: minZoom 2, maxZoom 11); lat stops inside Mercator's ±85.05 cut-off. */
export const VIEW_LIMITS = { lon: 180, lat: 85, minZoom: 2, maxZoom: 11 } as const;

const KEYS: ReadonlySet<string> = new Set(['v', 'l', 'f', 'p', 'd', 'place']);
const LAYER_SET: ReadonlySet<string> = new Set(LAYER_NAMES);
// Plain decimals only. Number() alone would accept '1e999' (Infinity), '0x1f', ' 1' and '' (as 0!).
// No nested quantifiers, so the regex stays linear on a 100 kB value.
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PASSAGE = /^p([1-9]\d{0,5})$/;
// The shape of a place id; its characters need no escaping in a query, so the link stays readable.
const PLACE_ID = /^(?:city:\d{1,12}|country:[A-Z]{3})$/;
// A canonical v is at most ~25 characters; anything much longer is not worth splitting.
const MAX_VIEW_LENGTH = 64;
const NOTE_VALUE_LENGTH = 40;

/** A value for a note: cut to 40 code points (an emoji is never split) and JSON-quoted, so it is safe to log. */
function quote(value: string): string {
	const cut = Array.from(value.slice(0, 2 * NOTE_VALUE_LENGTH))
		.slice(0, NOTE_VALUE_LENGTH)
		.join('');
	return JSON.stringify(cut.length < value.length ? cut + '…' : cut);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
// `+ 0` turns -0 into 0, so '-0.0001' and '0' parse to the same state (toEqual tells them apart).
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits + 0;
const roundView = ({ lon, lat, zoom }: ViewState): ViewState => ({
	lon: round(lon, 3),
	lat: round(lat, 3),
	zoom: round(zoom, 2)
});

/** Records why a value was ignored; returns null so parsers can `return note(...)`. */
type Note = (why: string) => null;

function parseView(raw: string, note: Note): ViewState | null {
	const parts = raw.length <= MAX_VIEW_LENGTH ? raw.split(',') : [];
	if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return note('is not lon,lat,zoom');
	const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
	const { lon: maxLon, lat: maxLat, minZoom, maxZoom } = VIEW_LIMITS;
	if (!(Math.abs(lon) <= maxLon && Math.abs(lat) <= maxLat && zoom >= minZoom && zoom <= maxZoom))
		return note(`is outside lon ±${maxLon}, lat ±${maxLat}, zoom ${minZoom}–${maxZoom}`);
	// Bounds are integers, so rounding an in-range value cannot push it out of range.
	return roundView({ lon, lat, zoom });
}

function parseLayers(raw: string, note: Note): Record<LayerName, boolean> | null {
	// `l=` is meaningful: the reader switched every layer off.
	const names = raw === '' ? [] : raw.split(',');
	// All or nothing: half of a list would show a map the link's author never saw.
	const unknown = names.find((n) => !LAYER_SET.has(n));
	if (unknown !== undefined) return note(`names an unknown layer ${quote(unknown)}`);
	const on = new Set(names);
	return layersFrom((n) => on.has(n));
}

/** Builds the record from the fixed list of names, never from URL strings. */
function layersFrom(visible: (name: LayerName) => boolean): Record<LayerName, boolean> {
	const layers = { ...DEFAULT_LAYERS };
	for (const name of LAYER_NAMES) layers[name] = visible(name);
	return layers;
}

function isCalendarDate(iso: string): boolean {
	const m = DATE.exec(iso);
	if (!m) return false;
	const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
	// By hand rather than via Date, which maps years 0–99 to 1900–1999 and rolls Feb 30 into March.
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
	return days !== undefined && d >= 1 && d <= days;
}

function checkOptions({ passageCount, dateRange }: ParseOptions): void {
	// Bad options are a programmer error, unlike a bad URL, so they do throw.
	if (!Number.isInteger(passageCount) || passageCount < 0)
		throw new TypeError(`parseState: passageCount ${passageCount} is not a whole number`);
	if (!dateRange.every(isCalendarDate) || dateRange[0] > dateRange[1])
		throw new TypeError(`parseState: dateRange ${JSON.stringify(dateRange)} is not [from, to] YYYY-MM-DD`);
}

/**
 * Reads the state from `location.search` (a leading '?' is fine) or `url.searchParams`.
 * Never throws on URL content; a repeated parameter counts only the first time. Parameters that
 * are not ours (fbclid, utm_*…, appended by the sites a link travels through) are not noted:
 * `rejected` is for a link that was meant for this page and is damaged.
 */
export function parseState(
	search: string | URLSearchParams,
	opts: ParseOptions
): { state: AppState; rejected: string[] } {
	checkOptions(opts);
	// Malformed percent-escapes ('%E0%A4%A') decode to U+FFFD here rather than throwing.
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const rejected: string[] = [];
	const counts = new Map<string, number>();
	for (const key of params.keys()) if (KEYS.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
	for (const [key, n] of counts) if (n > 1) rejected.push(`${key}: given ${n} times, the first one is used`);

	const read = <T>(key: string, parse: (raw: string, note: Note) => T | null): T | null => {
		const raw = params.get(key);
		if (raw === null) return null;
		return parse(raw, (why) => {
			rejected.push(`${key}: ${quote(raw)} ${why}`);
			return null;
		});
	};
	const [from, to] = opts.dateRange;
	const state: AppState = {
		view: read('v', parseView),
		layers: read('l', parseLayers) ?? { ...DEFAULT_LAYERS },
		feature: read('f', (raw, note) => (opts.featureIds.has(raw) ? raw : note('is not a known feature'))),
		passage: read('p', (raw, note) => {
			const m = PASSAGE.exec(raw);
			if (m && Number(m[1]) <= opts.passageCount) return raw;
			return note(`is not one of p1…p${opts.passageCount}`);
		}),
		date: read('d', (raw, note) => {
			if (!isCalendarDate(raw)) return note('is not a calendar date YYYY-MM-DD');
			// Same fixed-width format on both sides, so string order is date order.
			if (raw < from || raw > to) return note(`is outside ${from}…${to}`);
			return raw;
		}),
		place: read('place', (raw, note) =>
			opts.placeIds?.has(raw) ? raw : note('is not a place on the basemap')
		)
	};
	return { state, rejected };
}

/**
 * The canonical query string, without '?': params in the order v, l, f, p, d, place; defaults (null
 * fields, all layers on) omitted, so the default state is ''. The view is normalised the way the
 * map reports it: lon wrapped (MapLibre's getCenter() is not, after panning over the antimeridian),
 * lat and zoom clamped to VIEW_LIMITS, then rounded to 3/3/2 decimals; a non-finite view is
 * omitted. feature/passage/date/place are written as given (encoded, except a place id of the
 * expected shape, whose ':' needs none); parseState checks them on the way in.
 */
export function serializeState(state: AppState): string {
	const parts: string[] = [];
	const view = state.view;
	if (view && [view.lon, view.lat, view.zoom].every(Number.isFinite)) {
		const { lon: maxLon, lat: maxLat, minZoom, maxZoom } = VIEW_LIMITS;
		// Only wrap when out of range, so 180 stays 180 instead of becoming -180.
		const lon = Math.abs(view.lon) <= maxLon ? view.lon : ((((view.lon + 180) % 360) + 360) % 360) - 180;
		const v = roundView({
			lon,
			lat: clamp(view.lat, -maxLat, maxLat),
			zoom: clamp(view.zoom, minZoom, maxZoom)
		});
		// Digits, '.', '-' and ',' need no escaping; URLSearchParams would turn the commas into %2C.
		parts.push(`v=${v.lon},${v.lat},${v.zoom}`);
	}
	// `=== true`: a layer missing from a loosely built record counts as off, never as 'undefined'.
	if (LAYER_NAMES.some((n) => (state.layers[n] === true) !== DEFAULT_LAYERS[n]))
		parts.push(`l=${LAYER_NAMES.filter((n) => state.layers[n] === true).join(',')}`);
	for (const [key, value] of [
		['f', state.feature],
		['p', state.passage],
		['d', state.date]
	] as const)
		// URLSearchParams encodes anything, even a lone surrogate (encodeURIComponent would throw).
		if (value) parts.push(new URLSearchParams([[key, value]]).toString());
	if (state.place)
		parts.push(
			PLACE_ID.test(state.place)
				? `place=${state.place}`
				: new URLSearchParams([['place', state.place]]).toString()
		);
	return parts.join('&');
}
