import { describe, expect, it } from 'vitest';
import fixture from './fixtures/mercator.json';
import {
	degreesPerPixel,
	fromMercator,
	mercatorY,
	project,
	toMercator,
	unproject,
	worldSize,
	type LngLat
} from './mercator';

// The expected values are MapLibre's own (fixture.source says how they were made), so a projection
// that drifts from the map's (another tile size, y up, a degree/radian slip) fails here, not on screen.
describe(`Web Mercator, against MapLibre (${fixture.source.split(':')[0]})`, () => {
	it('puts places where MercatorCoordinate.fromLngLat does, and back as toLngLat does', () => {
		for (const m of fixture.mercator) {
			const [x, y] = toMercator(m.lngLat as LngLat);
			expect(x, String(m.lngLat)).toBeCloseTo(m.x, 12);
			expect(y, String(m.lngLat)).toBeCloseTo(m.y, 12);
			const back = fromMercator([m.x, m.y]);
			expect(back[0]).toBeCloseTo(m.toLngLat[0]!, 9);
			expect(back[1]).toBeCloseTo(m.toLngLat[1]!, 9);
		}
	});

	it('puts places on screen where the live map’s map.project does, and back as map.unproject', () => {
		for (const view of fixture.views) {
			const { center, zoom } = view.camera;
			const [w, h] = view.size as [number, number];
			const c = project(center as LngLat, zoom);
			for (const p of view.project) {
				const [x, y] = project(p.lngLat as LngLat, zoom);
				// A thousandth of a pixel: MapLibre works in float64 too, through its own matrices.
				expect(Math.abs(x - c[0] + w / 2 - p.px[0]!), `${p.lngLat} at zoom ${zoom}`).toBeLessThan(1e-3);
				expect(Math.abs(y - c[1] + h / 2 - p.px[1]!), `${p.lngLat} at zoom ${zoom}`).toBeLessThan(1e-3);
			}
			for (const u of view.unproject) {
				const [lng, lat] = unproject([c[0] - w / 2 + u.px[0]!, c[1] - h / 2 + u.px[1]!], zoom);
				expect(lng).toBeCloseTo(u.lngLat[0]!, 8);
				expect(lat).toBeCloseTo(u.lngLat[1]!, 8);
			}
		}
	});

	it('measures mercatorY on the scale of longitude: one pixel is the same number of degrees on both axes', () => {
		for (const m of fixture.mercator) {
			// MapLibre's y runs from 0 (north edge) to 1 (south edge) over 360 degrees of longitude.
			expect(mercatorY(m.lngLat[1]!)).toBeCloseTo((0.5 - m.y) * 360, 9);
		}
		// Mercator stretches the north: a degree of latitude at 52° N spans 1/cos(52°) degrees of longitude.
		expect(mercatorY(52.5) - mercatorY(51.5)).toBeCloseTo(1 / Math.cos((52 * Math.PI) / 180), 3);
		const zoom = fixture.views[0]!.camera.zoom;
		expect(degreesPerPixel(zoom) * worldSize(zoom)).toBeCloseTo(360, 9);
	});
});
