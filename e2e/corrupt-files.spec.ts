import { expect, test, waitForMap } from './fixtures';

// Issue 18.6 in the built app: one file per layer arrives broken, each in its own way, and only
// its layer goes, with a message naming the file and the rule; the map gets ready regardless.
const LAYERS = ['regions', 'north', 'csto', 'unrest', 'energy', 'military'] as const;
type Corrupt = (json: {
	features: { geometry: { type: string; coordinates: unknown }; properties: unknown }[];
}) => unknown;

const CASES: {
	layer: (typeof LAYERS)[number];
	file: RegExp;
	how: string;
	expected: RegExp;
	body?: string;
	status?: number;
	corrupt?: Corrupt;
}[] = [
	// Packed TopoJSON cut off mid-way: unparsable.
	{
		layer: 'regions',
		file: /\/regions\.topo\.[^/]+\.json$/,
		how: 'truncated',
		body: '{"type":"Topology","objects":',
		expected: /regions\.geojson could not be loaded/
	},
	// Plain GeoJSON in place of the packed file (unpack passes it through), coordinates 800 arrays deep.
	{
		layer: 'north',
		file: /\/north\.topo\.[^/]+\.json$/,
		how: 'deep nesting',
		expected: /north\.geojson › .+ › geojson/
	},
	// Properties hidden under a "__proto__" key (an own key after JSON.parse).
	{
		layer: 'csto',
		file: /\/csto\.[^/]+\.geojson$/,
		how: 'prototype key',
		expected: /csto\.geojson › .+ › (id-unique|required-properties)/,
		corrupt: (j) => {
			j.features[0]!.properties = JSON.parse(`{"__proto__": ${JSON.stringify(j.features[0]!.properties)}}`);
			return j;
		}
	},
	{
		layer: 'unrest',
		file: /\/unrest\.[^/]+\.geojson$/,
		how: 'wrong geometry type',
		expected: /unrest\.geojson › .+ › geojson/,
		corrupt: (j) => {
			j.features[0]!.geometry.type = 'Pointt';
			return j;
		}
	},
	{
		layer: 'energy',
		file: /\/energy\.[^/]+\.geojson$/,
		how: 'HTTP 500',
		status: 500,
		body: 'oops',
		expected: /energy\.geojson could not be loaded \(HTTP 500\)/
	},
	{
		layer: 'military',
		file: /\/military\.[^/]+\.geojson$/,
		how: 'huge coordinate',
		expected: /military\.geojson › .+ › coordinate-range/,
		corrupt: (j) => {
			j.features[0]!.geometry = { type: 'Point', coordinates: [1e308, 48] };
			return j;
		}
	}
];

for (const c of CASES) {
	test(`a corrupted ${c.layer} file (${c.how}) disables only the ${c.layer} layer`, async ({
		page,
		watch
	}) => {
		// The north file's own geometry, wrapped deep: built from the live file so it stays a real feature.
		await page.route(c.file, async (route) => {
			if (c.body !== undefined)
				return route.fulfill({ status: c.status ?? 200, body: c.body, contentType: 'application/json' });
			const res = await route.fetch();
			if (c.layer === 'north') {
				let coords: unknown = [
					[
						[60, 50],
						[61, 50],
						[61, 51],
						[60, 50]
					]
				];
				for (let i = 0; i < 800; i++) coords = [coords];
				const body = {
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							properties: { id: 'north' },
							geometry: { type: 'Polygon', coordinates: coords }
						}
					]
				};
				return route.fulfill({ response: res, json: body });
			}
			return route.fulfill({ response: res, json: c.corrupt!(await res.json()) });
		});
		await page.goto('/');
		await waitForMap(page);
		await expect(page.getByTestId(`toggle-${c.layer}`)).toBeDisabled();
		await expect(page.getByRole('alert')).toHaveCount(1);
		await expect(page.getByRole('alert')).toContainText(c.expected);
		for (const other of LAYERS.filter((l) => l !== c.layer))
			await expect(page.getByTestId(`toggle-${other}`), `${other} stays`).toBeEnabled();
		// Rejected, not thrown: no uncaught error on the page.
		expect(watch.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
		// Only a file that arrived and differs from the built one meets the browser's validator.
		const expectValidated = c.body === undefined ? [`${c.layer}.geojson`] : [];
		expect(await validatedFiles(page)).toEqual(expectValidated);
	});
}

/** The files the page validated itself (data/load.ts marks each), in order. */
const validatedFiles = (page: import('@playwright/test').Page) =>
	page.evaluate(() =>
		performance.getEntriesByName('geodata:validate').map((m) => (m as PerformanceMark).detail)
	);

// The build validated every dataset file exactly as it ships (server/shipped.ts) and the bundle holds
// each one's SHA-256: bytes that match are used without a second validation in the browser.
test('an intact build is not validated again in the browser, and every layer loads', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	expect(await validatedFiles(page)).toEqual([]);
	for (const layer of LAYERS) await expect(page.getByTestId(`toggle-${layer}`)).toBeEnabled();
});
