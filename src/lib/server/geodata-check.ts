import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_DATASETS } from '$lib/datasets';
import { ARTICLES } from '$lib/content';
import { linkTargets } from '$lib/content/links';
import {
	checkCrossFileIds,
	checkLinks,
	drawableFeatures,
	formatIssue,
	validateCollection,
	type Issue
} from '$lib/geo/validate';

/**
 * Every shipped geodata file against every rule, the source policy included, as the build sees
 * them: run by the prerender (src/routes/+layout.server.ts), so a bad committed file fails
 * `npm run build` with `file › feature › rule: message`. The same validator and registry as the
 * browser's; only the source policy is build-only (ValidationContext.policy).
 */
export function checkGeodata(root = process.cwd()): string[] {
	const issues: Issue[] = [];
	const files = SHIPPED_DATASETS.map((d) => {
		try {
			return { entry: d, data: JSON.parse(readFileSync(join(root, 'geodata', d.file), 'utf8')) as unknown };
		} catch (err) {
			issues.push({
				file: d.file,
				feature: null,
				rule: 'geojson',
				message: `cannot be read (${err instanceof Error ? err.message : String(err)})`
			});
			return { entry: d, data: undefined };
		}
	});
	const areas = files.find((f) => f.entry.areas);
	const regions = areas ? drawableFeatures(areas.data) : undefined;
	for (const { entry, data } of files)
		if (data !== undefined) issues.push(...validateCollection(entry.file, data, entry.schema, { regions }));
	issues.push(...checkCrossFileIds(files.map((f) => ({ file: f.entry.file, data: f.data }))));
	const ids = new Set(
		files.flatMap(({ data }) =>
			drawableFeatures(data).features.flatMap((f) =>
				typeof f.properties?.id === 'string' ? [f.properties.id] : []
			)
		)
	);
	// Every article's links.json, each named by its folder.
	for (const { article, links } of ARTICLES)
		issues.push(
			...checkLinks(ids, linkTargets(links)).map((i) => ({
				...i,
				file: `articles/${article.meta.slug}/${i.file}`
			}))
		);
	return issues.map(formatIssue);
}
