import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import { drawVectorMap } from './vector-map';
import { SvgSurface } from './svg';

const measure = (text: string) => text.length * 6;
const map = { x: 10, y: 20, w: 512, h: 512 };
// Zoom 0 centred on (0°, 0°): the whole Web Mercator world is the 512 px map box.
const camera = { center: [0, 0] as [number, number], zoom: 0 };

/** Web Mercator, written out here on its own: x from longitude, y from latitude (y down). */
const expected = (lng: number, lat: number) => [
	map.x + ((lng + 180) / 360) * 512,
	map.y + ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 512
];

/** What drawVectorMap reads of a deck.gl layer: its class's layerName, id and props. */
function fakeLayer(layerName: string, id: string, props: Record<string, unknown>): Layer {
	const Fake = class {
		static layerName = layerName;
		id = id;
		props = { visible: true, opacity: 1, ...props };
	};
	return new Fake() as unknown as Layer;
}

const style: StyleSpecification = {
	version: 8,
	sources: {
		land: {
			type: 'geojson',
			data: {
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { layer: 'country', iso3: 'KAZ' },
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[50, 40],
									[80, 40],
									[80, 55],
									[50, 55],
									[50, 40]
								]
							]
						}
					},
					{
						type: 'Feature',
						properties: { layer: 'country', iso3: 'RUS' },
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[40, 55],
									[90, 55],
									[90, 70],
									[40, 55]
								]
							]
						}
					}
				]
			}
		}
	},
	layers: [
		{ id: 'outside', type: 'background', paint: { 'background-color': '#ffffff' } },
		{
			id: 'country-fill',
			type: 'fill',
			source: 'land',
			filter: ['==', ['get', 'layer'], 'country'],
			paint: { 'fill-color': '#efece6' }
		},
		{
			id: 'kazakhstan-border',
			type: 'line',
			source: 'land',
			filter: ['==', ['get', 'iso3'], 'KAZ'],
			paint: { 'line-color': '#5b5346', 'line-width': ['interpolate', ['linear'], ['zoom'], 0, 1, 4, 3] }
		}
	]
};

const surface = () =>
	new SvgSurface({ width: 532, height: 552, viewWidth: 532, viewHeight: 552, decimals: 1, measure });

function draw(layers: Layer[], withStyle: StyleSpecification = style) {
	const s = surface();
	drawVectorMap(s, { style: withStyle, layers, camera, map, tolerance: 0 });
	return s.serialise();
}

describe('drawVectorMap', () => {
	it('projects the data with the export camera: a marker and a polygon where Web Mercator puts them', () => {
		const svg = draw([
			fakeLayer('DotLayer', 'unrest', {
				data: [{ at: [71.4, 51.1] }],
				getPosition: (d: { at: number[] }) => d.at,
				getRadius: 6,
				getFillColor: [178, 34, 34, 255],
				getLineColor: [255, 255, 255, 255],
				getLineWidth: 1.5
			})
		]);
		const [x, y] = expected(71.4, 51.1);
		expect(svg).toContain(
			`<circle cx="${x!.toFixed(1)}" cy="${y!.toFixed(1)}" r="6" fill="#b22222" stroke="#ffffff" stroke-width="1.5"/>`
		);
		const [x0, y0] = expected(50, 55);
		const [x1, y1] = expected(80, 40);
		const fill =
			/<g id="country-fill"><path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)Z/.exec(
				svg
			);
		expect(fill?.slice(1).map(Number)).toEqual(
			[expected(50, 40), [x1, y1], expected(80, 55), [x0, y0]].flat().map((v) => Math.round(v! * 10) / 10)
		);
	});

	it("groups the basemap's layers and each dataset's layers, in the map's draw order, styled by the style", () => {
		const svg = draw([
			fakeLayer('PathLayer', 'regions-borders', {
				beforeId: 'kazakhstan-border',
				data: [
					[
						[55, 45],
						[60, 50]
					]
				],
				getPath: (d: number[][]) => d,
				getColor: [255, 255, 255, 230],
				getWidth: 1.2,
				widthUnits: 'pixels',
				opacity: 0.78
			}),
			fakeLayer('DotLayer', 'csto-sites', {
				data: [[76.9, 43.2]],
				getPosition: (d: number[]) => d,
				getRadius: 7,
				getFillColor: [213, 94, 0, 70],
				getLineColor: [30, 30, 30, 255],
				getLineWidth: 1
			}),
			fakeLayer('DotLayer', 'military', {
				visible: false,
				data: [[63.3, 45.9]],
				getPosition: (d: number[]) => d
			})
		]);
		const ids = [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual([
			'map',
			'basemap',
			'outside',
			'country-fill',
			'regions',
			'regions-borders',
			'basemap-over-regions',
			'kazakhstan-border',
			'csto',
			'csto-sites'
		]);
		// The line width interpolated at the camera's zoom (0: 1 px), the colour the style gives.
		expect(svg).toMatch(
			/<g id="kazakhstan-border"><path d="[^"]+Z" fill="none" stroke="#5b5346" stroke-width="1"\/>/
		);
		// deck.gl's opacity through its gamma: 230/255 × 0.78^(1/2.2) = 0.806.
		expect(svg).toContain('stroke="#ffffff" stroke-opacity="0.806" stroke-width="1.2"');
		// A faint dot: its outline no more opaque than its fill, under it.
		expect(svg).toMatch(
			/<circle [^>]*r="7.5" fill="#1e1e1e" fill-opacity="0.275"\/><circle [^>]*r="6.5" fill="#d55e00" fill-opacity="0.275"\/>/
		);
		expect(svg).not.toContain('military');
		expect(svg).toContain('<g id="map" clip-path="url(#clip)">');
	});

	it('draws fill layers of one colour that meet edge to edge as one path: no seam where the world meets the detail', () => {
		const square = (w: number, s: number, e: number, n: number) => [
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		];
		const polygon = (layer: string, ...rings: number[][][]) => ({
			type: 'Feature' as const,
			properties: { layer },
			geometry: { type: 'Polygon' as const, coordinates: rings }
		});
		const cut: StyleSpecification = {
			version: 8,
			sources: {
				// The world's land ends where the detail's begins (40° E), as late.geojson is cut.
				late: {
					type: 'geojson',
					data: { type: 'FeatureCollection', features: [polygon('world-land', square(20, 40, 40, 60))] }
				},
				detail: {
					type: 'geojson',
					data: {
						type: 'FeatureCollection',
						features: [
							// Wound clockwise, against RFC 7946, with a lake-shaped hole wound the same way.
							polygon('country', square(40, 40, 60, 60).reverse(), square(45, 45, 50, 50).reverse()),
							polygon('lake', square(45, 45, 50, 50))
						]
					}
				}
			},
			layers: [
				{
					id: 'world-land',
					type: 'fill',
					source: 'late',
					filter: ['==', ['get', 'layer'], 'world-land'],
					paint: { 'fill-color': '#efece6' }
				},
				{
					id: 'country-fill',
					type: 'fill',
					source: 'detail',
					filter: ['==', ['get', 'layer'], 'country'],
					paint: { 'fill-color': '#efece6' }
				},
				{
					id: 'lake-fill',
					type: 'fill',
					source: 'detail',
					filter: ['==', ['get', 'layer'], 'lake'],
					paint: { 'fill-color': '#c6dcee' }
				}
			]
		};
		const svg = draw([], cut);
		expect([...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'map',
			'basemap',
			'world-land-country-fill',
			'lake-fill'
		]);
		const land = /<g id="world-land-country-fill">(<path [^>]*\/>)<\/g>/.exec(svg)?.[1];
		expect(land, svg).toBeDefined();
		// One path: the world's ring, the country's and its hole, filled by the nonzero rule.
		expect(land).not.toContain('fill-rule');
		const rings = /d="([^"]+)"/
			.exec(land!)![1]!
			.split('M')
			.filter(Boolean)
			.map((r) =>
				r
					.replace(/[LZ]/g, ' ')
					.trim()
					.split(/\s+/)
					.map(Number)
					.reduce<number[][]>((pts, v, i) => (i % 2 ? (pts.at(-1)!.push(v), pts) : [...pts, [v]]), [])
			);
		expect(rings).toHaveLength(3);
		const area = (pts: number[][]) =>
			pts.reduce((a, [x0, y0], i) => {
				const [x1, y1] = pts[(i + 1) % pts.length]!;
				return a + x0! * y1! - x1! * y0!;
			}, 0);
		// Outer rings one way, the hole the other (in y-down px, RFC 7946's winding is negative).
		expect(rings.map((r) => Math.sign(area(r)))).toEqual([-1, -1, 1]);
	});

	it('keeps translucent fill layers of one colour apart: where they overlap, each blends as in MapLibre', () => {
		const square = [
			[40, 40],
			[60, 40],
			[60, 60],
			[40, 60],
			[40, 40]
		];
		const data = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: {},
					geometry: { type: 'Polygon' as const, coordinates: [square] }
				}
			]
		};
		const paint = { 'fill-color': 'rgba(239, 236, 230, 0.5)' };
		const style: StyleSpecification = {
			version: 8,
			sources: { a: { type: 'geojson', data }, b: { type: 'geojson', data } },
			layers: [
				{ id: 'first', type: 'fill', source: 'a', paint },
				{ id: 'second', type: 'fill', source: 'b', paint }
			]
		};
		expect([...draw([], style).matchAll(/<g id="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'map',
			'basemap',
			'first',
			'second'
		]);
	});

	it('keeps of a line only the runs of segments that reach the frame', () => {
		const s = surface();
		// Zoom 2 round Kazakhstan: the frame spans about 90° of longitude.
		const near = { center: [70, 48] as [number, number], zoom: 2 };
		drawVectorMap(s, {
			style: { version: 8, sources: {}, layers: [] },
			layers: [
				fakeLayer('PathLayer', 'energy-pipelines', {
					data: [
						[
							[-120, -10],
							[-110, -10],
							[-100, -10],
							[60, 48],
							[80, 48]
						]
					],
					getPath: (d: number[][]) => d,
					getColor: [90, 90, 90, 200],
					getWidth: 3,
					widthUnits: 'pixels'
				})
			],
			camera: near,
			map,
			tolerance: 0
		});
		const d = /<path d="([^"]+)"/.exec(s.serialise())![1]!;
		// The two segments in the Americas are gone; the one that enters the frame and the one in it stay.
		expect(d.match(/-?[\d.]+ -?[\d.]+/g)).toHaveLength(3);
	});

	it('refuses what it cannot draw rather than leave it out', () => {
		expect(() => draw([fakeLayer('IconLayer', 'energy', { data: [] })])).toThrow(/IconLayer layer/);
		expect(() =>
			draw([fakeLayer('PathLayer', 'energy', { data: [], widthUnits: 'meters', getPath: () => [] })])
		).toThrow(/meters/);
	});
});
