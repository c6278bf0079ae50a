import { read } from '$app/server';
import { building } from '$app/environment';
import { DATASETS } from '$lib/datasets';
import { checkGeodata } from '$lib/server/geodata-check';
import { checkShipped } from '$lib/server/shipped';

// Runs while the site is prerendered (`npm run build`): a committed geodata file that breaks a rule
// fails the build, naming the file, the feature and the rule; so does a built dataset file that the
// browser would reject, or whose bytes are not the ones the app trusts. Nothing is sent to the browser.
// In dev (`vite dev`) there are no built files and no digests: the browser validates every file.
const check = async () => {
	const issues = [
		...checkGeodata(),
		...(building ? await checkShipped(DATASETS, (url) => read(url).arrayBuffer()) : [])
	];
	if (issues.length)
		throw new Error(`geodata/ fails validation (${issues.length}):\n  ${issues.slice(0, 20).join('\n  ')}`);
};
// Once per build (every prerendered page shares the files); on every request in dev, which may edit them.
let built: Promise<void> | undefined;
export const load = async () => {
	await (building ? (built ??= check()) : check());
	return {};
};
