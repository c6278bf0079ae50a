import type { Geometry } from 'geojson';
import { isRecord, type Finding } from './issue';
import { isHttpsUrl, isNonEmptyString, isYear, show } from './values';
import { BASIS_KINDS, isAsOf } from '../../sources/basis';

const PRECISIONS = ['site', 'city', 'approximate'];

/** Top-level keys whose source/year pairs have a rule of their own. */
const OWN_RULES = new Set(['sources', 'location']);

/**
 * `sourced-value`: every figure, at any depth, says where it comes from and which year it is about.
 * It owns every source/url + year pair in the properties:
 * - `{ value }` needs `year` and `source` (https) or `computed`
 * - `{ pct }` (shareholdings) needs `source` and `year`
 * - any other object with `source` or `url` needs it https and a `year`.
 */
export function checkSourcedValues(properties: Record<string, unknown>): Finding[] {
	const found: string[] = [];
	const bases: string[] = [];
	for (const [key, value] of Object.entries(properties)) {
		if (!OWN_RULES.has(key)) walk(value, key, found, bases);
	}
	return [
		...found.map((message): Finding => ({ rule: 'sourced-value', message })),
		...bases.map((message): Finding => ({ rule: 'basis', message }))
	];
}

/**
 * `basis`: a figure says what it is (src/lib/sources/basis.ts): one of BASIS_KINDS; an estimate
 * says what date it is as of; a computed value names its method and nothing else does.
 */
function checkBasis(figure: Record<string, unknown>, path: string, bases: string[]): void {
	const { basis, as_of, computed } = figure;
	if (basis === undefined) {
		bases.push(`${path} has no basis (one of ${BASIS_KINDS.join(', ')})`);
		return;
	}
	if (typeof basis !== 'string' || !(BASIS_KINDS as readonly string[]).includes(basis)) {
		bases.push(`${path}.basis ${show(basis)} is not one of ${BASIS_KINDS.join(', ')}`);
		return;
	}
	if (basis === 'estimate' && !isAsOf(as_of))
		bases.push(`${path} is an estimate without as_of (the YYYY[-MM[-DD]] it is as of)`);
	if (as_of !== undefined && !isAsOf(as_of))
		bases.push(`${path}.as_of ${show(as_of)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
	if (basis === 'computed' && computed === undefined)
		bases.push(`${path} has basis computed but no computed method`);
	if (basis !== 'computed' && computed !== undefined)
		bases.push(`${path} has a computed method but basis ${show(basis)}`);
	if (figure.basis_note !== undefined && !isNonEmptyString(figure.basis_note))
		bases.push(`${path}.basis_note ${show(figure.basis_note)} is not a non-empty string`);
}

function walk(value: unknown, path: string, found: string[], bases: string[]): void {
	if (Array.isArray(value)) {
		value.forEach((item, i) => walk(item, `${path}[${i}]`, found, bases));
		return;
	}
	if (!isRecord(value)) return;
	if ('value' in value) {
		checkFigure(value, path, found);
		checkBasis(value, path, bases);
	} else if ('pct' in value) {
		checkShare(value, path, found);
		checkBasis(value, path, bases);
	} else if ('source' in value) checkLink(value, 'source', path, found);
	else if ('url' in value) checkLink(value, 'url', path, found);
	for (const [key, child] of Object.entries(value))
		if (key !== 'via') walk(child, `${path}.${key}`, found, bases);
}

function checkYear(figure: Record<string, unknown>, path: string, found: string[]): void {
	if (figure.year === undefined) found.push(`${path} has no year`);
	else if (!isYear(figure.year)) found.push(`${path}.year ${show(figure.year)} is not an integer 1900–2100`);
}

function checkFigure(figure: Record<string, unknown>, path: string, found: string[]): void {
	const { value, source, computed } = figure;
	if (!(typeof value === 'number' && Number.isFinite(value)) && !isNonEmptyString(value))
		found.push(`${path}.value ${show(value)} is neither a number nor a non-empty string`);
	checkYear(figure, path, found);
	if (source === undefined && computed === undefined)
		found.push(`${path} has a value but no source URL (or computed method)`);
	if (source !== undefined && !isHttpsUrl(source))
		found.push(`${path}.source ${show(source)} is not an https URL`);
	if (computed !== undefined && !isNonEmptyString(computed))
		found.push(`${path}.computed ${show(computed)} does not name a method`);
	for (const key of ['note', 'unit']) {
		if (figure[key] !== undefined && !isNonEmptyString(figure[key]))
			found.push(`${path}.${key} ${show(figure[key])} is not a non-empty string`);
	}
}

function checkShare(share: Record<string, unknown>, path: string, found: string[]): void {
	const pct = share.pct;
	if (typeof pct !== 'number' || pct < 0 || pct > 100) found.push(`${path}.pct ${show(pct)} is not 0–100`);
	checkYear(share, path, found);
	if (share.source === undefined) found.push(`${path} has a share but no source URL`);
	else if (!isHttpsUrl(share.source)) found.push(`${path}.source ${show(share.source)} is not an https URL`);
}

function checkLink(
	object: Record<string, unknown>,
	key: 'source' | 'url',
	path: string,
	found: string[]
): void {
	if (!isHttpsUrl(object[key])) found.push(`${path}.${key} ${show(object[key])} is not an https URL`);
	checkYear(object, path, found);
}

/** `sources`: a non-empty list of `{ url (https), title?, year }`. */
export function checkSources(properties: Record<string, unknown>): Finding[] {
	const sources = properties.sources;
	const found: string[] = [];
	if (!Array.isArray(sources) || sources.length === 0) {
		found.push(
			`sources is ${sources === undefined ? 'missing' : show(sources)}; at least one {url, year} is required`
		);
	} else {
		const urls = new Set<unknown>();
		sources.forEach((s: unknown, i) => {
			if (!isRecord(s)) return found.push(`sources[${i}] is ${show(s)}, not {url, year}`);
			// One entry per page: a page cited twice reads as two sources, and the app keys lists by URL.
			if (urls.has(s.url)) found.push(`sources[${i}].url ${show(s.url)} is listed twice`);
			urls.add(s.url);
			if (s.url === undefined) found.push(`sources[${i}] has no url`);
			else if (!isHttpsUrl(s.url)) found.push(`sources[${i}].url ${show(s.url)} is not an https URL`);
			if (s.year === undefined) found.push(`sources[${i}] has no year`);
			else if (!isYear(s.year)) found.push(`sources[${i}].year ${show(s.year)} is not an integer 1900–2100`);
			if (s.title !== undefined && !isNonEmptyString(s.title))
				found.push(`sources[${i}].title ${show(s.title)} is not a non-empty string`);
		});
	}
	return found.map((message) => ({ rule: 'sources', message }));
}

/** `location`: a point says where its coordinates come from and how close they are. */
export function checkLocation(properties: Record<string, unknown>, geometry: Geometry): Finding[] {
	if (geometry.type !== 'Point' && geometry.type !== 'MultiPoint') return [];
	const location = properties.location;
	const found: string[] = [];
	if (!isRecord(location)) {
		found.push(
			`${geometry.type} has ${location === undefined ? 'no location' : `location ${show(location)}`}; points need {source, year, precision}`
		);
	} else {
		if (!isHttpsUrl(location.source))
			found.push(`location.source ${show(location.source)} is not an https URL`);
		if (!isYear(location.year))
			found.push(`location.year ${show(location.year)} is not an integer 1900–2100`);
		if (typeof location.precision !== 'string' || !PRECISIONS.includes(location.precision))
			found.push(`location.precision ${show(location.precision)} is not one of ${PRECISIONS.join(', ')}`);
	}
	return found.map((message) => ({ rule: 'location', message }));
}
