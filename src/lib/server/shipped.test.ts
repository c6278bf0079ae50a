import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_DATASETS } from '$lib/datasets';
import { military } from '$lib/datasets/military';
import { sha256Of, shippedText } from '../../../vite-plugin-geodata';
import { checkShipped } from './shipped';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
/** The built asset behind an entry's URL, made as the plugin makes it (dev URLs name the built file). */
const built = (url: string) => {
	const entry = SHIPPED_DATASETS.find((d) => d.url === url)!;
	return bytes(shippedText(join('geodata', entry.file), url.endsWith('.topo.json')));
};

describe('checkShipped: the bytes the browser trusts are the bytes the build validated', () => {
	it('passes every shipped dataset as built (packed ones unpacked) with the digest of those bytes', async () => {
		// Under vitest the plugin serves, as in dev, and gives no digests: each entry gets its build's.
		const asBuilt = SHIPPED_DATASETS.map((d) => ({ ...d, sha256: sha256Of(new Uint8Array(built(d.url))) }));
		expect(await checkShipped(asBuilt, async (url) => built(url))).toEqual([]);
	});

	it('fails a built file whose bytes are not the ones the bundle trusts', async () => {
		const text = shippedText('geodata/military.geojson', false).replace('"Balkhash', '"Balhash');
		const issues = await checkShipped([military], async () => bytes(text));
		expect(issues).toEqual([
			"military.geojson › built asset: its SHA-256 is not the one the app's bundle trusts"
		]);
	});

	it('fails a built file the browser would reject, even when its digest is the trusted one', async () => {
		const json = JSON.parse(shippedText('geodata/military.geojson', false));
		json.features[0].geometry.coordinates = [1e308, 48];
		const text = JSON.stringify(json);
		const issues = await checkShipped([{ ...military, sha256: sha256Of(text) }], async () => bytes(text));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/^built asset military\.geojson › .+ › coordinate-range: /);
	});
});
