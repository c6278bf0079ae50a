import type { DatasetEntry } from '$lib/datasets';
import { formatIssue, parseDataset, type ValidationContext } from '$lib/geo/validate';
import type { AnyProps, Collection } from './types';

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Runs the geodata validator on a fetched file. A failing file yields one message naming the file,
 * the feature and the rule (the first issue, plus how many more), shown in the legend.
 */
export function checkDataset(
	entry: DatasetEntry,
	raw: Result<unknown>,
	ctx: ValidationContext = {}
): Result<Collection<AnyProps>> {
	if (!raw.ok) return raw;
	// The source policy is the build's and the tests' job (see ValidationContext.policy).
	const parsed = parseDataset(entry.file, raw.data, entry.schema, { ...ctx, policy: false });
	if (parsed.ok) return { ok: true, data: parsed.data as Collection<AnyProps> };
	const [first, ...rest] = parsed.issues;
	return { ok: false, message: `${formatIssue(first!)}${rest.length ? ` (and ${rest.length} more)` : ''}` };
}
