// Synthetic points for `npm run bench:scale`: n features spread over Kazakhstan's bounding box, the
// same for the app and the floor page (seeded). Benchmark data only: never in geodata/, never shipped.
// Each feature has what the app's validator asks of a real point (sources, location, 4 decimals).

const BOX = { w: 46.5, s: 40.6, e: 87.3, n: 55.4 };
const SOURCE = 'https://www.naturalearthdata.com/';

/** Mulberry32: small, fast and seeded, so every run draws the same map. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticPoints(n) {
	const rand = random(n);
	const round = (x) => Math.round(x * 1e4) / 1e4;
	const features = [];
	for (let i = 0; i < n; i++) {
		const lon = round(BOX.w + rand() * (BOX.e - BOX.w));
		const lat = round(BOX.s + rand() * (BOX.n - BOX.s));
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: {
				id: `scale-${i}`,
				name: `Synthetic point ${i}`,
				kind: 'site',
				sources: [{ url: SOURCE, year: 2024 }],
				location: { source: SOURCE, year: 2024, precision: 'approximate' }
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

export const SIZES = [1000, 10000, 100000];
