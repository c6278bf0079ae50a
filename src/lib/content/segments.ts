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

/** A segment and the fact checks whose marker follows it. */
export type MarkedSegment<C> = Segment & { marks: C[] };

/**
 * Puts each fact check's marker right after its phrase: the plain text is split where a phrase
 * ends; a phrase that ends inside a map link gets its marker after the link, so no control sits
 * inside another. Joining the texts still gives the paragraph back unchanged.
 */
export function markClaims<C extends { phrase: string }>(
	text: string,
	segments: readonly Segment[],
	claims: readonly C[]
): MarkedSegment<C>[] {
	const ends = claims
		.map((claim) => ({ claim, end: text.indexOf(claim.phrase) + claim.phrase.length }))
		.filter((m) => m.end >= m.claim.phrase.length && m.claim.phrase.length > 0);
	const out: MarkedSegment<C>[] = [];
	let at = 0;
	for (const seg of segments) {
		const start = at;
		at += seg.text.length;
		const inside = ends.filter((m) => m.end > start && m.end <= at).sort((a, b) => a.end - b.end);
		if (seg.phrase || inside.length === 0) {
			out.push({ ...seg, marks: inside.map((m) => m.claim) });
			continue;
		}
		let from = start;
		for (const m of inside) {
			if (m.end > from) out.push({ text: text.slice(from, m.end), phrase: null, marks: [] });
			out[out.length - 1]!.marks.push(m.claim);
			from = m.end;
		}
		if (from < at) out.push({ text: text.slice(from, at), phrase: null, marks: [] });
	}
	return out;
}
