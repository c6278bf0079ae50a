import { checkGeodata } from '$lib/server/geodata-check';

// Runs while the site is prerendered (`npm run build`): a committed geodata file that breaks a rule
// fails the build, naming the file, the feature and the rule. Nothing is sent to the browser.
export const load = () => {
	const issues = checkGeodata();
	if (issues.length)
		throw new Error(`geodata/ fails validation (${issues.length}):\n  ${issues.slice(0, 20).join('\n  ')}`);
	return {};
};
