/*
 * The scale benchmark's dataset (`npm run bench:scale`, KZ_BUILD=scale): synthetic points registered
 * like a real dataset, one entry and a file imported as the shipped ones are (so the build validates
 * it and the bundle carries its digest), drawn by the same marker component as the military sites.
 * scripts/bench/scale.mjs writes points.geojson (1k, 10k or 100k points) before each build.
 */
import url, { sha256 } from './points.geojson?geodata';
import { defineDataset } from '$lib/datasets/entry';
import { themeColours } from '$lib/map/palette';
import { defineSchema } from '$lib/geo/schema/dataset';

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
		file: 'points.geojson',
		url,
		sha256,
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
