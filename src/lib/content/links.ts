import { LAYER_IDS } from '$lib/datasets';
import type { Article } from './article';

/**
 * links.json (see README "Content format"): which map features and camera view each passage is
 * about, and phrases inside a passage that point at particular features. A target is a feature id
 * from geodata/ or `view:<name>` for one of the file's named views.
 */
export type Bounds = [[number, number], [number, number]];
export type View = { label: string; bounds: Bounds };
export type Phrase = { text: string; targets: string[] };
export type PassageLinks = { view: string; layers: string[]; features: string[]; phrases: Phrase[] };
export type Links = { views: Record<string, View>; passages: Record<string, PassageLinks> };

export class LinksFormatError extends Error {}

const LAYERS: ReadonlySet<string> = new Set(LAYER_IDS);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isBounds = (v: unknown): v is Bounds =>
	Array.isArray(v) &&
	v.length === 2 &&
	v.every(
		(p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))
	) &&
	(v as Bounds)[0][0] < (v as Bounds)[1][0] &&
	(v as Bounds)[0][1] < (v as Bounds)[1][1];

/** Checks the file against the article: every passage exists, every phrase occurs verbatim in it. */
export function parseLinks(raw: unknown, article: Article): Links {
	const fail = (where: string, msg: string) => {
		throw new LinksFormatError(`links.json › ${where} › ${msg}`);
	};
	if (typeof raw !== 'object' || raw === null) fail('(root)', 'not an object');
	const r = raw as Record<string, unknown>;
	const views: Record<string, View> = Object.create(null);
	for (const [name, v] of Object.entries((r.views ?? {}) as Record<string, unknown>)) {
		const view = v as View;
		if (typeof view?.label !== 'string' || !isBounds(view.bounds))
			fail(`views.${name}`, 'needs a label and bounds [[w, s], [e, n]]');
		views[name] = view;
	}
	const passages: Record<string, PassageLinks> = Object.create(null);
	const byId = new Map(article.paragraphs.map((p) => [p.id, p.text]));
	for (const [id, v] of Object.entries((r.passages ?? {}) as Record<string, unknown>)) {
		const text = byId.get(id);
		if (text === undefined) fail(id, 'no such passage in the article');
		const p = v as PassageLinks;
		if (typeof p.view !== 'string' || !views[p.view])
			fail(id, `view "${String(p.view)}" is not defined in "views"`);
		if (!isStrings(p.layers) || p.layers.some((l) => !LAYERS.has(l)))
			fail(id, `layers must be among ${[...LAYERS].join(', ')}`);
		if (!isStrings(p.features)) fail(id, 'features must be a list of feature ids');
		if (!Array.isArray(p.phrases)) fail(id, 'phrases must be a list');
		for (const ph of p.phrases) {
			if (typeof ph?.text !== 'string' || !isStrings(ph.targets) || ph.targets.length === 0)
				fail(id, 'a phrase needs text and at least one target');
			if (!text!.includes(ph.text)) fail(id, `phrase "${ph.text}" does not occur in the passage`);
			for (const t of ph.targets)
				if (t.startsWith('view:') && !views[t.slice(5)]) fail(id, `unknown view target "${t}"`);
		}
		passages[id] = p;
	}
	return { views, passages };
}

/** Every feature id the links point at, with where from: for the link-target check against geodata. */
export function linkTargets(links: Links): { from: string; target: string }[] {
	const out: { from: string; target: string }[] = [];
	for (const [id, p] of Object.entries(links.passages)) {
		for (const f of p.features) out.push({ from: id, target: f });
		for (const ph of p.phrases)
			for (const t of ph.targets)
				if (!t.startsWith('view:')) out.push({ from: `${id} “${ph.text}”`, target: t });
	}
	return out;
}

/** Passages (and phrases) that mention a feature: the "Mentioned in" list of its details. */
export function mentionsOf(links: Links, featureId: string): { passage: string; phrase: string | null }[] {
	const out: { passage: string; phrase: string | null }[] = [];
	for (const [id, p] of Object.entries(links.passages)) {
		const phrases = p.phrases.filter((ph) => ph.targets.includes(featureId));
		if (phrases.length) for (const ph of phrases) out.push({ passage: id, phrase: ph.text });
		else if (p.features.includes(featureId)) out.push({ passage: id, phrase: null });
	}
	return out;
}
