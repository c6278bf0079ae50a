import { createHash } from 'node:crypto';
import type { DatasetEntry } from '$lib/datasets';
import { unpack } from '$lib/geo/unpack';
import { formatIssue, parseDataset } from '$lib/geo/validate';
import type { FeatureCollection } from 'geojson';

/** The bytes of a built asset, by the URL the app fetches it at ($app/server's `read` at build). */
export type ReadAsset = (url: string) => Promise<ArrayBuffer>;

/**
 * Every registered dataset as the browser will fetch it: the built asset's bytes (packed or not),
 * validated exactly as the browser would validate them (unpacked, no source policy, points against
 * the regions as shipped), and their SHA-256 held to the one the app's bundle carries. The browser
 * skips validating a file whose bytes match (data/load.ts); this is what makes that safe, so any
 * finding here fails the build. The committed sources get the full check in geodata-check.ts.
 */
export async function checkShipped(
	entries: readonly DatasetEntry[],
	readAsset: ReadAsset
): Promise<string[]> {
	const issues: string[] = [];
	const shipped = await Promise.all(
		entries.map(async (entry) => {
			const bytes = new Uint8Array(await readAsset(entry.url));
			const digest = createHash('sha256').update(bytes).digest('base64');
			if (digest !== entry.sha256)
				issues.push(`${entry.file} › built asset: its SHA-256 is not the one the app's bundle trusts`);
			try {
				return { entry, data: unpack(JSON.parse(new TextDecoder().decode(bytes))) };
			} catch (err) {
				issues.push(`${entry.file} › built asset: cannot be parsed (${String(err)})`);
				return { entry, data: undefined };
			}
		})
	);
	let regions: FeatureCollection | undefined;
	// The areas first, as the browser does: the others' points are checked against them.
	const ordered = [...shipped.filter((s) => s.entry.areas), ...shipped.filter((s) => !s.entry.areas)];
	for (const { entry, data } of ordered) {
		if (data === undefined) continue;
		const parsed = parseDataset(entry.file, data, entry.schema, { regions, policy: false });
		if (!parsed.ok) issues.push(...parsed.issues.map((i) => `built asset ${formatIssue(i)}`));
		else if (entry.areas) regions = parsed.data;
	}
	return issues;
}
