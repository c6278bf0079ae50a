import { expect, hexToRgb, near, test, waitForMap, waitForMapSettled } from './fixtures';
import { basemapColours } from '../src/lib/map/palette';
import { MAP_OVERLAY } from '../src/lib/map/padding';

// Belarus's and Ukraine's outermost points (Natural Earth 1:50m, as drawn): west, east, north, south.
const EXTREMES: Record<string, [number, number][]> = {
	Ukraine: [
		[22.15, 48.4],
		[40.2, 49.6],
		[33.4, 52.35],
		[33.4, 44.4]
	],
	Belarus: [
		[23.2, 52.1],
		[32.7, 52.3],
		[28.2, 56.15],
		[29.6, 51.5]
	]
};

test('paragraph 14 shows Belarus and Ukraine whole, clear of the panels, with land west of them', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMap(page);
	// Story mode would hand the map to whichever paragraph the click scrolls to the reading line.
	await page.getByTestId('story-toggle').uncheck();
	// "Ukraine" in paragraph 14 goes to the view of Belarus and Ukraine. Beside the layers panel that
	// view needs the camera west of 22° E, where the regional detail (and the camera's bounds) once
	// stopped: western Ukraine was cut at the map's edge, under the panel.
	await page.locator('#p14').getByRole('button', { name: 'Ukraine', exact: true }).click();
	await waitForMapSettled(page);
	await expect(page.getByTestId('map')).toHaveAttribute('data-late', 'true');
	const seen = await page.evaluate(
		({ extremes, overlay }) => {
			const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
			const box = map.getContainer().getBoundingClientRect();
			const panels = [...document.querySelectorAll(overlay)].map((e) => e.getBoundingClientRect());
			const out: string[] = [];
			for (const [country, points] of Object.entries(extremes))
				for (const p of points) {
					const { x, y } = map.project(p);
					const [px, py] = [box.left + x, box.top + y];
					const onMap = px >= box.left && px <= box.right && py >= box.top && py <= box.bottom;
					const under = panels.some((r) => px >= r.left && px <= r.right && py >= r.top && py <= r.bottom);
					if (!onMap || under) out.push(`${country} ${p} ${onMap ? 'under a panel' : 'off the map'}`);
				}
			return out;
		},
		{ extremes: EXTREMES, overlay: MAP_OVERLAY }
	);
	expect(seen, 'outermost points of Belarus and Ukraine not in view').toEqual([]);
	// West of Ukraine (Slovakia, Hungary, Poland) the canvas shows land, not the empty sea colour.
	const pixels = await page.evaluate(
		(points) =>
			new Promise<number[][]>((resolve) => {
				const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
				map.once('render', () => {
					const canvas = map.getCanvas();
					const g = document.createElement('canvas').getContext('2d')!;
					g.canvas.width = canvas.width;
					g.canvas.height = canvas.height;
					g.drawImage(canvas, 0, 0);
					const k = canvas.width / canvas.clientWidth;
					resolve(
						points.map((p) => {
							const { x, y } = map.project(p);
							return Array.from(g.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data.slice(0, 3));
						})
					);
				});
				map.triggerRepaint();
			}),
		[
			[20.5, 48.9], // Slovakia
			[20.5, 47.0], // Hungary
			[19.0, 51.5] // Poland
		] as [number, number][]
	);
	for (const p of pixels) expect(near(p, hexToRgb(basemapColours.land)), `land pixel ${p}`).toBe(true);
	expect(watch.errors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});
