import type { Claim } from '$lib/content/claims';
import { classifyUrl, publisherOf, type SourceClass } from './policy';

/**
 * Every source the map cites, grouped by publisher, each with what it supports: the features and
 * figures of geodata/, the timeline's events and the fact checks. The sources view shows it, and the
 * export's credits and metadata name its publishers.
 */
export type Support =
	| { kind: 'feature'; id: string; label: string; field: string }
	| { kind: 'event'; date: string; label: string }
	| { kind: 'claim'; id: string; label: string };
export type Cited = {
	url: string;
	title: string | null;
	/** The copies this page was read through, with the day. */
	via: { url: string; read: string }[];
	supports: Support[];
};
export type Publisher = { name: string; cls: SourceClass | null; pages: Cited[] };

export type FeatureInput = { id: string; name: string; properties: object };
export type EventInput = { date: string; text: string; source: string };

export const CLASS_LABELS: Record<SourceClass, string> = {
	agency: 'statistics agency or government',
	company: 'company',
	news: 'news outlet',
	encyclopedia: 'encyclopedia',
	research: 'research body',
	'state-media': 'state media (cited for officials’ words)',
	propaganda: 'propaganda outlet (cited only for its own claims)',
	copy: 'copy',
	spam: 'spam'
};

/** What a field path is, for a reader: `ethnic[3]` → "ethnic shares", `sources[0]` → "sources". */
function fieldLabel(path: string): string {
	const top = path.split(/[.[]/)[0] ?? path;
	const labels: Record<string, string> = {
		ethnic: 'ethnic shares',
		population: 'population',
		location: 'position',
		centre: 'centre',
		sources: 'the feature',
		shareholders: 'owners',
		contingents: 'contingent',
		statements: 'statement',
		first_date: 'date',
		date_start: 'date',
		definition_source: 'definition'
	};
	return labels[top] ?? top.replace(/_/g, ' ');
}

/**
 * A page's name for the list: its title where the data records one; for an encyclopedia article,
 * the article name in its address ("/wiki/Akmola_Region" → "Akmola Region"); else the address.
 */
export function pageTitle(url: string, title: string | null): string {
	if (title) return title;
	try {
		const u = new URL(url);
		const wiki = /^\/wiki\/(.+)$/.exec(u.pathname);
		if (wiki) return decodeURIComponent(wiki[1]!).replace(/_/g, ' ');
		if (u.searchParams.get('oldid')) return `revision ${u.searchParams.get('oldid')}`;
	} catch {
		/* not a URL: shown as it is */
	}
	return url;
}

export function collectSources(input: {
	features: FeatureInput[];
	events: EventInput[];
	claims: Claim[];
}): Publisher[] {
	const pages = new Map<string, Cited>();
	const cite = (url: string, title: string | null, via: unknown, support: Support) => {
		const page = pages.get(url) ?? { url, title: null, via: [], supports: [] };
		page.title ??= title;
		const v = via as { url?: unknown; read?: unknown } | undefined;
		if (typeof v?.url === 'string' && typeof v.read === 'string' && !page.via.some((x) => x.url === v.url))
			page.via.push({ url: v.url, read: v.read });
		const key = JSON.stringify(support);
		if (!page.supports.some((s) => JSON.stringify(s) === key)) page.supports.push(support);
		pages.set(url, page);
	};
	const walk = (f: FeatureInput, value: unknown, path: string) => {
		if (Array.isArray(value)) return value.forEach((v, i) => walk(f, v, `${path}[${i}]`));
		if (typeof value !== 'object' || value === null) return;
		const o = value as Record<string, unknown>;
		for (const key of ['source', 'url'] as const) {
			const url = o[key];
			if (typeof url === 'string' && url.startsWith('https://'))
				cite(url, typeof o.title === 'string' ? o.title : null, o.via, {
					kind: 'feature',
					id: f.id,
					label: f.name,
					field: fieldLabel(path)
				});
		}
		for (const [k, v] of Object.entries(o)) if (k !== 'via') walk(f, v, path ? `${path}.${k}` : k);
	};
	for (const f of input.features) walk(f, f.properties, '');
	for (const e of input.events)
		cite(e.source, null, undefined, { kind: 'event', date: e.date, label: e.text });
	for (const c of input.claims)
		for (const s of c.sources) cite(s.url, s.title, s.via, { kind: 'claim', id: c.id, label: c.claim });

	const byPublisher = new Map<string, Publisher>();
	for (const page of pages.values()) {
		const name = publisherOf(page.url);
		const p = byPublisher.get(name) ?? { name, cls: classifyUrl(page.url)?.class ?? null, pages: [] };
		p.pages.push(page);
		byPublisher.set(name, p);
	}
	const weight = (p: Publisher) => p.pages.reduce((n, page) => n + page.supports.length, 0);
	return [...byPublisher.values()].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
}
