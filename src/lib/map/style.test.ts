import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { basemapStyle, BASEMAP_BOUNDS } from './style';
import { basemapColours } from './palette';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('basemapStyle', () => {
	it('for the export fills the basemap extent with water and leaves paper beyond it', () => {
		const style = basemapStyle(empty, { labels: true, water: true });
		const [outside, water] = style.layers;
		expect(outside).toMatchObject({
			type: 'background',
			paint: { 'background-color': basemapColours.outside }
		});
		expect(basemapColours.outside).not.toBe(basemapColours.water);
		expect(water).toMatchObject({
			type: 'fill',
			source: 'extent',
			paint: { 'fill-color': basemapColours.water }
		});
		const [[w, s], [e, n]] = BASEMAP_BOUNDS;
		expect(style.sources.extent).toMatchObject({
			type: 'geojson',
			data: {
				geometry: {
					coordinates: [
						[
							[w, s],
							[e, s],
							[e, n],
							[w, n],
							[w, s]
						]
					]
				}
			}
		});
	});

	it('for the live map draws no sea at all (the container shows it) and no labels', () => {
		const style = basemapStyle(empty, { labels: false, water: false });
		expect(style.layers.map((l) => l.type)).not.toContain('background');
		expect(style.sources.extent).toBeUndefined();
		expect(style.layers.map((l) => l.type)).not.toContain('symbol');
	});
});
