import type { Phrase } from './links';

export type Segment = { text: string; phrase: Phrase | null };

/**
 * Splits a paragraph into plain text and linked phrases, for rendering the links inside the text.
 * Each phrase links its first occurrence; where two phrases overlap, the one starting first wins
 * (then the longer). Joining the segments' text gives the paragraph back unchanged (verbatim).
 */
export function segmentPhrases(text: string, phrases: readonly Phrase[]): Segment[] {
	const spans = phrases
		.map((phrase) => ({ phrase, start: text.indexOf(phrase.text) }))
		.filter((s) => s.start >= 0 && s.phrase.text.length > 0)
		.sort((a, b) => a.start - b.start || b.phrase.text.length - a.phrase.text.length);
	const out: Segment[] = [];
	let at = 0;
	for (const { phrase, start } of spans) {
		if (start < at) continue; // overlaps one already linked
		if (start > at) out.push({ text: text.slice(at, start), phrase: null });
		out.push({ text: phrase.text, phrase });
		at = start + phrase.text.length;
	}
	if (at < text.length) out.push({ text: text.slice(at), phrase: null });
	return out;
}
