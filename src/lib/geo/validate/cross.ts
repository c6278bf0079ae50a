import type { Issue } from './issue';
import { isRecord } from './issue';

/**
 * `id-unique` across files: SCHEMA.md makes ids unique over all of geodata/, since article links
 * name a feature by id alone. Repeats inside one file are validateCollection's to report.
 */
export function checkCrossFileIds(files: { file: string; data: unknown }[]): Issue[] {
	const owner = new Map<string, string>();
	const issues: Issue[] = [];
	for (const { file, data } of files) {
		const ids = new Set<string>();
		const features = isRecord(data) && Array.isArray(data.features) ? data.features : [];
		for (const feature of features) {
			const props: unknown = isRecord(feature) ? feature.properties : undefined;
			if (isRecord(props) && typeof props.id === 'string') ids.add(props.id);
		}
		for (const id of ids) {
			const first = owner.get(id);
			if (first === undefined) owner.set(id, file);
			else
				issues.push({ file, feature: id, rule: 'id-unique', message: `id "${id}" is also used in ${first}` });
		}
	}
	return issues;
}

/**
 * `link-target`: links (from the article, a timeline, another feature) that name an id no feature
 * has. `from` says where the link is written and becomes the issue's file.
 */
export function checkLinks(ids: Set<string>, links: { from: string; target: string }[]): Issue[] {
	const byLowerCase = new Map([...ids].map((id) => [id.toLowerCase(), id]));
	return links
		.filter((link) => !ids.has(link.target))
		.map(({ from, target }) => {
			const near = byLowerCase.get(target.toLowerCase());
			const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
			return {
				file: from,
				feature: target,
				rule: 'link-target',
				message: `links to "${target}", which no feature has${hint}`
			};
		});
}
