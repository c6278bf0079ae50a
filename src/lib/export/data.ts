/**
 * The visible layers' data as files: GeoJSON (the features as validated, each tagged with its layer)
 * and CSV (one row per feature, its figures flattened next to their sources). Pure functions: the
 * dialog only wraps the strings in Blobs.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASIS_KINDS, formatBasis, type BasisKind } from '$lib/sources/basis';

/** Properties are any validated dataset's: read generically, as the CSV has to cover every schema. */
export type LayerData = { layer: string; features: Feature<Geometry, object>[] };

export function toGeoJson(layers: LayerData[], meta: { title: string; attribution: string }): string {
	const fc: FeatureCollection & { name: string; attribution: string } = {
		type: 'FeatureCollection',
		name: meta.title,
		attribution: meta.attribution,
		features: layers.flatMap(({ layer, features }) =>
			features.map((f) => ({ ...f, properties: { ...f.properties, layer } }))
		)
	};
	return JSON.stringify(fc, null, 1);
}

/** A printed figure in the data (geodata/SCHEMA.md "Sourced values"): a value with its year and origin. */
export type Figure = {
	path: string;
	value: string | number;
	year?: number;
	unit?: string;
	/** What the figure is, as the app prints it ("official estimate, 1 Jan 2022"). */
	basis?: string;
	source: string;
	/** The copy the figure was read on, when the original could not be read. */
	via?: string;
};

const basisOf = (v: Record<string, unknown>): string | undefined =>
	typeof v.year === 'number' && (BASIS_KINDS as readonly unknown[]).includes(v.basis)
		? formatBasis({
				year: v.year,
				basis: v.basis as BasisKind,
				as_of: typeof v.as_of === 'string' ? v.as_of : undefined
			})
		: undefined;

const isFigure = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' &&
	v !== null &&
	!Array.isArray(v) &&
	(typeof (v as { value?: unknown }).value === 'number' ||
		typeof (v as { value?: unknown }).value === 'string') &&
	(typeof (v as { source?: unknown }).source === 'string' ||
		typeof (v as { computed?: unknown }).computed === 'string');

/**
 * Every sourced value in a feature's properties, keyed by its path (`ethnic.2021.russian`,
 * `contingents.0.size`). A computed value has no URL of its own: its method stands in as the source.
 */
export function figuresOf(props: Record<string, unknown>, prefix = ''): Figure[] {
	const out: Figure[] = [];
	for (const [rawKey, v] of Object.entries(props)) {
		// A region's shares are a list; a column named by group, basis and date reads better than
		// `ethnic.3`: `ethnic.russian.estimate_2021`.
		const key =
			isFigure(v) && typeof v.group === 'string'
				? `${v.group}.${String(v.basis)}_${String(v.as_of ?? v.year)}`
				: rawKey;
		const path = prefix ? `${prefix}.${key}` : key;
		if (isFigure(v)) {
			const via = v.via as { url?: unknown; read?: unknown } | undefined;
			out.push({
				path,
				value: v.value as string | number,
				year: typeof v.year === 'number' ? v.year : undefined,
				unit: typeof v.unit === 'string' ? v.unit : undefined,
				basis: basisOf(v),
				source: typeof v.source === 'string' ? v.source : `computed: ${String(v.computed)}`,
				via: typeof via?.url === 'string' ? `${via.url} (read ${String(via.read)})` : undefined
			});
		} else if (typeof v === 'object' && v !== null && key !== 'sources' && key !== 'location') {
			// Arrays and nested objects (ethnic shares by census, contingents) hold figures too.
			out.push(...figuresOf(v as Record<string, unknown>, path));
		}
	}
	return out;
}

const BASE_COLUMNS = ['id', 'name', 'kind', 'layer', 'lon', 'lat', 'sources'] as const;

/**
 * One row per feature; figure columns `<path>`, `<path>_unit`, `<path>_year`, `<path>_basis`,
 * `<path>_source` and `<path>_via` (the copy it was read on, if any).
 */
export function toCsv(layers: LayerData[]): string {
	const rows: Record<string, string | number | undefined>[] = [];
	// Insertion-ordered: figure columns appear in the order the data first has them.
	const figureCols = new Set<string>();
	for (const { layer, features } of layers)
		for (const f of features) {
			const p = (f.properties ?? {}) as Record<string, unknown>;
			const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : undefined;
			const sources = Array.isArray(p.sources)
				? (p.sources as { url?: unknown }[]).map((s) => String(s.url ?? '')).join(' ')
				: '';
			const row: Record<string, string | number | undefined> = {
				id: str(p.id),
				name: str(p.name),
				kind: str(p.kind),
				layer,
				lon: point?.[0],
				lat: point?.[1],
				sources
			};
			for (const fig of figuresOf(p)) {
				const cols = ['', '_unit', '_year', '_basis', '_source', '_via'].map((s) => fig.path + s);
				for (const col of cols) figureCols.add(col);
				row[fig.path] = fig.value;
				row[`${fig.path}_unit`] = fig.unit;
				row[`${fig.path}_year`] = fig.year;
				row[`${fig.path}_basis`] = fig.basis;
				row[`${fig.path}_source`] = fig.source;
				row[`${fig.path}_via`] = fig.via;
			}
			rows.push(row);
		}
	// Unit and via columns that no row fills are noise.
	const optional = (c: string) => c.endsWith('_unit') || c.endsWith('_via');
	const used = [...figureCols].filter((c) => !optional(c) || rows.some((r) => r[c] !== undefined));
	const columns = [...BASE_COLUMNS, ...used];
	const lines = [columns.map(cell).join(',')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
	// CRLF per RFC 4180; spreadsheet programs expect it.
	return lines.join('\r\n') + '\r\n';
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));

/**
 * RFC 4180 quoting, and text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: the data has free text from sources we do not control.
 */
export function cell(v: string | number | undefined): string {
	if (v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
