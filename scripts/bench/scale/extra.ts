/*
 * The scale benchmark's dataset (`npm run bench:scale`, KZ_BUILD=scale): synthetic points registered
 * like a real dataset, one entry, drawn by the same marker component as the military sites. The
 * page's `?n=` picks the file (scripts/bench/scale.mjs writes points-1000/10000/100000.geojson).
 */
import { defineDataset } from '$lib/datasets/entry';
import { themeColours } from '$lib/map/palette';
import { defineSchema } from '$lib/geo/schema/dataset';

const n =
	typeof location === 'undefined' ? '1000' : (new URLSearchParams(location.search).get('n') ?? '1000');
const schema = defineSchema({
	name: 'scale',
	about: 'Synthetic points for the scale benchmark.',
	idPrefixes: ['scale-'],
	base: {},
	kinds: { site: { geometry: ['Point'] } }
});

export const EXTRA_DATASETS = [
	defineDataset({
		id: 'scale',
		file: `points-${n}.geojson`,
		url: `/scale/points-${/^\d+$/.test(n) ? n : '1000'}.geojson`,
		schema,
		layer: 'MilitaryLayer',
		drawOrder: 80,
		visibleByDefault: true,
		names: { layer: 'Synthetic points', list: 'Synthetic points', credit: 'synthetic points' },
		legend: () => ({
			title: 'Synthetic points',
			items: [{ symbol: 'dot', colour: themeColours.military, label: 'benchmark point' }]
		})
	})
];
