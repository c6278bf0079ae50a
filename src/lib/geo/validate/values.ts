/** Value predicates shared by the schemas and the rules; kept free of any rule knowledge. */

/** SCHEMA.md: sources are `https://` URLs (the app opens them; plain http is a mixed-content risk). */
export function isHttpsUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	// Files cite a few hundred distinct URLs, each on many features: parsing every one again was
	// 0.66 s of the browser's validation of 100k points (npm run bench:scale, docs/performance.md 4 Dec).
	let ok = httpsChecked.get(value);
	if (ok === undefined) {
		ok = parsesAsHttps(value);
		// Bounded: a file of all-distinct URLs costs what it did, without holding them all.
		if (httpsChecked.size >= 4096) httpsChecked.clear();
		httpsChecked.set(value, ok);
	}
	return ok;
}
const httpsChecked = new Map<string, boolean>();

function parsesAsHttps(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** `YYYY-MM-DD` that is also a real calendar day (2022-02-30 is rejected). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isNonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

/** How a value reads in a message: short, and quoted when it is a string. */
export function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
