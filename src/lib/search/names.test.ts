import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkNames } from './names';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => JSON.parse(readFileSync(root + p, 'utf8'));

/** Every id a name may be attached to: the geodata features and the basemap's labelled places. */
function targets(): Set<string> {
	const ids = new Set<string>();
	for (const f of ['regions', 'north', 'csto', 'unrest', 'energy', 'military'])
		for (const feat of read(`geodata/${f}.geojson`).features) ids.add(`feature:${feat.properties.id}`);
	for (const feat of read('geodata/basemap/basemap.geojson').features) {
		const p = feat.properties;
		if (p.layer === 'city') ids.add(`city:${p.geonames_id}`);
		if (p.layer === 'country-label') ids.add(`country:${p.iso3}`);
	}
	return ids;
}

const names = read('geodata/names.json');
const ids = targets();

describe('geodata/names.json', () => {
	it('keeps every rule: sources under the policy, known targets, scripts matching lang, no orphans', () => {
		expect(checkNames(names, ids)).toEqual([]);
	});

	it('has the capital under all five of its names since 1900', () => {
		const capital = names.entries.find((e: { target: string }) => e.target === 'city:1526273');
		const texts = capital.names.map((n: { text: string }) => n.text);
		for (const n of ['Akmolinsk', 'Tselinograd', 'Akmola', 'Astana']) expect(texts).toContain(n);
	});
});

describe('checkNames', () => {
	const good = () => structuredClone(names);
	it('rejects a copy host as a source, an unclassified via, a missing source and an unknown target', () => {
		const bad = good();
		bad.sources['wp-oral'].url = 'https://wikimili.com/en/Oral';
		bad.sources['wp-aktau'].via.url = 'https://unknown.example/aktau';
		bad.entries[0].names[0].source = 'nowhere';
		bad.entries[1].target = 'city:1';
		const errors = checkNames(bad, ids).join('\n');
		expect(errors).toMatch(/sources\.wp-oral: .* not an original publisher/);
		expect(errors).toMatch(/sources\.wp-aktau: via .* copy/);
		expect(errors).toMatch(/entries\[0\] .* source "nowhere"/);
		expect(errors).toMatch(/entries\[1\] \(city:1\): no such feature/);
	});
	it('rejects a Russian name in Latin letters, an unknown type and a source nobody cites', () => {
		const bad = good();
		bad.entries[1].names[1].text = 'Uralsk';
		bad.entries[1].names[0].type = 'old';
		bad.sources.unused = { url: 'https://en.wikipedia.org/wiki/X', cited_for: 'nothing' };
		const errors = checkNames(bad, ids).join('\n');
		expect(errors).toMatch(/"Uralsk" is not in the Cyrillic script/);
		expect(errors).toMatch(/type must be one of/);
		expect(errors).toMatch(/sources\.unused: cited by no name/);
	});
	it('takes a plant number as part of a name (ЖЭО-2) but still no Latin letter in a Cyrillic one, and no digits alone', () => {
		const file = {
			about: '',
			read: '2026-12-02',
			sources: { s: { url: 'https://en.wikipedia.org/wiki/X', cited_for: 'x' } },
			entries: [
				{
					target: 'feature:csto-almaty-chp2',
					names: [
						{ text: 'ЖЭО-2', lang: 'kk', type: 'current', source: 's' },
						{ text: 'CHP-2', lang: 'en', type: 'variant', source: 's' },
						// a Latin O among the Cyrillic letters
						{ text: 'ЖЭO-2', lang: 'kk', type: 'variant', source: 's' },
						// digits alone are no name in any script
						{ text: '2', lang: 'ru', type: 'variant', source: 's' }
					]
				}
			]
		};
		const errors = checkNames(file, ids);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/names\[2\]: "ЖЭO-2" is not in the Cyrillic script/);
		expect(errors[1]).toMatch(/names\[3\]: "2" is not in the Cyrillic script/);
	});
});
