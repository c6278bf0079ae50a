import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '$lib/data/check';
import { SHIPPED_DATASETS as DATASETS } from '$lib/datasets';
import { unpack } from './unpack';
import { drawableFeatures, RULES, validateCollection, type RuleName } from './validate';

/*
 * Generated hostile geodata (issue 18.6): a valid slice of each shipped file, broken one way at a
 * time, must be rejected with a named rule by the validator and by the browser's load path
 * (JSON text → unpack → checkDataset, what load.ts does with a fetched body), and nothing may throw.
 * fast-check shrinks a failure to the smallest document that shows it.
 */

type Json = Record<string, unknown>;
type Feat = { type: string; geometry: Json & { type: string; coordinates: unknown }; properties: Json };

const geodata = fileURLToPath(new URL('../../../geodata/', import.meta.url));
const files = DATASETS.map((d) => ({
	...d,
	doc: JSON.parse(readFileSync(geodata + d.file, 'utf8')) as Json & { features: Feat[] }
}));
const regions: FeatureCollection = drawableFeatures(files.find((d) => d.areas)!.doc);
const RULE = new RegExp(`› (${RULES.join('|')}): `);

const clone = <T>(x: T): T => structuredClone(x);

/** A document to break: one shipped file's top-level members with 1–3 of its features. */
const base = fc.constantFrom(...files).chain((d) =>
	fc.uniqueArray(fc.nat({ max: d.doc.features.length - 1 }), { minLength: 1, maxLength: 3 }).map((picks) => ({
		dataset: d,
		doc: { ...clone(d.doc), features: picks.map((i) => clone(d.doc.features[i]!)) },
		// A counterexample reads as the file and the features picked, not as 100 kB of JSON.
		[fc.toStringMethod]: () => `${d.file} with features ${picks.join(', ')}`
	}))
);

/** A value that is no coordinate: NaN and infinities (only from JS, JSON has none), huge or out of range. */
const badNumber = fc.oneof(
	fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, 181, -181),
	fc.double({ min: 1e3, max: 1e300, noNaN: true }),
	fc.double({ min: -1e300, max: -1e3, noNaN: true })
);
/** Anything but an array of positions. */
const notCoordinates = fc.oneof(
	fc.string(),
	fc.constant(null),
	fc.dictionary(fc.string(), fc.integer()),
	fc.array(fc.string(), { minLength: 1 })
);
const hugeString = fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => 'x'.repeat(n));
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** The first position of a feature's geometry, as a mutable array. */
function firstPosition(g: Feat['geometry']): number[] {
	let c = g.coordinates as unknown;
	while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
	return c as number[];
}

type Doc = Json & { features: Feat[] };
/**
 * Each mutation breaks the document for sure, says how (for the failure report) and which rule must
 * catch it: another rule firing instead would hide a hole in the one that should.
 */
type Mutation = { how: string; apply: (doc: Doc) => unknown; jsonSafe: boolean; rule: RuleName };

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
	fc
		.anything()
		.filter((x) => !(x && typeof x === 'object' && (x as Json).type === 'FeatureCollection'))
		.map((x) => ({
			how: `the whole file is ${String(JSON.stringify(x)).slice(0, 40)}`,
			apply: () => x,
			rule: 'geojson' as const,
			jsonSafe: false
		})),
	fc
		.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.string()))
		.map((x) => ({
			how: `"features" is ${JSON.stringify(x)}`,
			apply: (d: Doc) => ({ ...d, features: x }),
			rule: 'geojson' as const,
			jsonSafe: true
		})),
	fc
		.tuple(
			fc.nat(),
			fc
				.string()
				.filter(
					(t) =>
						!['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'].includes(t)
				)
		)
		.map(([i, t]) => ({
			how: `a geometry type is ${JSON.stringify(t)}`,
			apply: (d: Doc) => ((d.features[i % d.features.length]!.geometry.type = t), d),
			rule: 'geojson' as const,
			jsonSafe: true
		})),
	fc.tuple(fc.nat(), fc.nat({ max: 1 }), badNumber).map(([i, axis, n]) => ({
		how: `a coordinate is ${n}`,
		apply: (d: Doc) => ((firstPosition(d.features[i % d.features.length]!.geometry)[axis] = n), d),
		rule: Number.isFinite(n) ? ('coordinate-range' as const) : ('geojson' as const),
		jsonSafe: Number.isFinite(n)
	})),
	fc.tuple(fc.nat(), notCoordinates).map(([i, c]) => ({
		how: `coordinates are ${JSON.stringify(c)}`,
		apply: (d: Doc) => ((d.features[i % d.features.length]!.geometry.coordinates = c), d),
		rule: 'geojson' as const,
		jsonSafe: true
	})),
	fc.tuple(fc.nat(), fc.integer({ min: 4, max: 2000 })).map(([i, depth]) => ({
		how: `coordinates nested ${depth} deep`,
		apply: (d: Doc) => {
			const g = d.features[i % d.features.length]!.geometry;
			let c: unknown = g.coordinates;
			for (let k = 0; k < depth; k++) c = [c];
			g.coordinates = c;
			return d;
		},
		rule: 'geojson' as const,
		jsonSafe: true
	})),
	fc.tuple(fc.nat(), hugeString).map(([i, s]) => ({
		how: `a geometry type is a string of ${s.length} characters`,
		apply: (d: Doc) => ((d.features[i % d.features.length]!.geometry.type = s), d),
		rule: 'geojson' as const,
		jsonSafe: true
	})),
	fc.tuple(fc.nat(), hugeString).map(([i, s]) => ({
		how: `a feature's id is missing and its "type" is a string of ${s.length} characters`,
		apply: (d: Doc) => {
			const f = d.features[i % d.features.length]!;
			f.type = s;
			return d;
		},
		rule: 'geojson' as const,
		jsonSafe: true
	})),
	// Prototype keys, as JSON.parse makes them: own properties named __proto__ and the like, holding
	// what should have been at the top. A validator that read through them would accept the file.
	fc.tuple(fc.nat(), protoKey).map(([i, key]) => ({
		how: `a feature's properties moved under "${key}"`,
		apply: (d: Doc) => {
			const f = d.features[i % d.features.length]!;
			f.properties = JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(f.properties)}}`);
			return d;
		},
		rule: 'required-properties' as const,
		jsonSafe: true
	})),
	fc.tuple(fc.nat(), protoKey).map(([i, key]) => ({
		how: `a feature moved under "${key}"`,
		apply: (d: Doc) => {
			const k = i % d.features.length;
			d.features[k] = JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(d.features[k])}}`);
			return d;
		},
		rule: 'geojson' as const,
		jsonSafe: true
	})),
	// Unclosed rings: the last position of a polygon's first ring moved off the first.
	fc.nat().map((i) => ({
		how: 'a polygon ring is not closed',
		apply: (d: Doc) => {
			const polys = d.features.filter(
				(f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
			);
			const f = polys[i % Math.max(1, polys.length)];
			if (!f) {
				// No polygon in the slice: one geometry becomes an unclosed triangle at its first position.
				const g = d.features[0]!.geometry;
				const [lon, lat] = firstPosition(g);
				d.features[0]!.geometry = {
					type: 'Polygon',
					coordinates: [
						[
							[lon, lat],
							[lon! + 0.1, lat],
							[lon, lat! + 0.1]
						]
					]
				};
				return d;
			}
			const c = f.geometry.coordinates as number[][][] | number[][][][];
			const ring = (f.geometry.type === 'Polygon' ? c[0] : c[0]![0]) as number[][];
			const last = ring[ring.length - 1]!;
			ring[ring.length - 1] = [last[0]! + 0.5, last[1]!];
			return d;
		},
		rule: 'polygon-closed' as const,
		jsonSafe: true
	}))
);

const mutation = mutations.map((m) => ({ ...m, [fc.toStringMethod]: () => m.how }));

describe('generated hostile geodata', () => {
	it('1,200 broken documents: nothing throws, each is rejected by the rule it breaks, Object.prototype untouched', () => {
		fc.assert(
			fc.property(base, mutation, ({ dataset, doc }, m) => {
				const broken = m.apply(doc as Doc);
				const ctx = dataset.areas ? {} : { regions };
				// The validator on the value as given (NaN and infinities included).
				const issues = validateCollection(dataset.file, broken, dataset.schema, ctx);
				for (const issue of issues) expect(RULES, m.how).toContain(issue.rule);
				expect(
					issues.map((i) => i.rule),
					m.how
				).toContain(m.rule);
				// The browser's load path on the text a server would send.
				if (m.jsonSafe) {
					const text = JSON.stringify(broken);
					const loaded = checkDataset(dataset, { ok: true, data: unpack(JSON.parse(text)) }, ctx);
					expect(loaded.ok, m.how).toBe(false);
					if (!loaded.ok) expect(loaded.message, m.how).toMatch(RULE);
				}
				expect(Object.prototype).not.toHaveProperty('type');
				expect(Object.prototype).not.toHaveProperty('properties');
			}),
			{ numRuns: 1200, seed: 18 }
		);
	}, 120_000);

	it('the unbroken slices pass, so a rejection above is the mutation’s doing', () => {
		fc.assert(
			fc.property(base, ({ dataset, doc }) => {
				const ctx = dataset.areas ? {} : { regions };
				expect(validateCollection(dataset.file, doc, dataset.schema, ctx)).toEqual([]);
			}),
			{ numRuns: 100, seed: 18 }
		);
	});
});
