/**
 * The embed snippet a newsroom pastes into its page: an `<iframe>` of the embed route at the current
 * state (the permalink's own query string, from permalink.ts), with a size the reader chose.
 */

/** The widths the embed is laid out and tested for; a frame outside them is clamped to them. */
export const EMBED_WIDTH = { min: 300, max: 1200 } as const;
/** Heights: below 300 px the map and the card cannot both be read; above 1000 is a page, not an embed. */
export const EMBED_HEIGHT = { min: 300, max: 1000 } as const;

export const EMBED_PRESETS = [
	{ id: 'column', label: 'Article column', width: 600, height: 500 },
	{ id: 'wide', label: 'Wide', width: 1000, height: 600 },
	{ id: 'phone', label: 'Phone', width: 320, height: 480 }
] as const;

/**
 * What the iframe must allow, checked by e2e/embed.spec.ts: scripts (the app is a script), the same
 * origin (its module scripts and data are fetched from its own origin, which an opaque sandboxed
 * origin cannot do: the map never loads), popups (the full-article link opens a new tab) and popups
 * that leave the sandbox (the full article then runs as itself, not under the embed's restrictions).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export type SizeCheck = { value: number | null; message: string | null };

/**
 * Reads one size field as typed. Not a whole number: no value, and a message saying so. A number
 * outside the limits: clamped, with a message saying what was used instead.
 */
export function checkSize(
	raw: string,
	name: 'Width' | 'Height',
	limits: { min: number; max: number }
): SizeCheck {
	const text = raw.trim();
	if (text === '') return { value: null, message: `${name}: enter a size in pixels.` };
	if (!/^\d{1,6}$/.test(text))
		return { value: null, message: `${name}: “${text.slice(0, 12)}” is not a whole number of pixels.` };
	const n = Number(text);
	if (n < limits.min)
		return {
			value: limits.min,
			message: `${name} raised to ${limits.min} px, the least the embed is made for.`
		};
	if (n > limits.max)
		return {
			value: limits.max,
			message: `${name} lowered to ${limits.max} px, the most the embed is made for.`
		};
	return { value: n, message: null };
}

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` element as text; every attribute value escaped, so a title cannot break out of it. */
export function embedSnippet(o: { src: string; width: number; height: number; title: string }): string {
	return (
		`<iframe src="${escapeAttr(o.src)}" width="${o.width}" height="${o.height}" ` +
		`title="${escapeAttr(o.title)}" sandbox="${EMBED_SANDBOX}" loading="lazy" ` +
		`style="border: 0; max-width: 100%;"></iframe>`
	);
}

/** The embed's absolute URL: the snippet is pasted into another site, where a relative src breaks. */
export function embedUrl(path: string, query: string, origin: string): string {
	const url = new URL(path, origin);
	url.search = query;
	return url.href;
}
