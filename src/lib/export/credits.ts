/**
 * The attribution printed on every export: the licences of the basemap data require it (ODbL and
 * CC BY), and a map lifted from the app should still name the article and who published the facts
 * it shows. Sources are named by publisher ("Reuters; Chevron"), never by host name.
 */
export type CreditsInput = {
	author: string;
	articleTitle: string;
	/** Names of the thematic layers in the image. */
	layers: string[];
	/** Publishers of the visible features' sources, most cited first; listed only when the reader asks. */
	publishers: string[] | null;
	/** How many publishers fit; the rest read "and N more" (the file's metadata lists them all). */
	maxPublishers?: number;
};

const BASEMAP =
	'Basemap: Natural Earth (public domain); lakes and the Caspian © OpenStreetMap contributors (ODbL 1.0); cities: GeoNames (CC BY 4.0).';

export function creditsText({
	author,
	articleTitle,
	layers,
	publishers,
	maxPublishers = Infinity
}: CreditsInput): string {
	const parts = [`Article: ${author}, “${articleTitle}”.`, BASEMAP];
	if (layers.length)
		parts.push(
			`Thematic data (${layers.join(', ')}): compiled for this map, each feature with its cited sources.`
		);
	if (publishers?.length) {
		const shown = publishers.slice(0, maxPublishers);
		const more = publishers.length - shown.length;
		parts.push(
			shown.length
				? `Sources: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`
				: `Sources: ${more} publishers, listed in the file's metadata.`
		);
	}
	return parts.join(' ');
}

/**
 * The credits with as many publishers as fit in `maxLines` lines of the credits area: the largest
 * count whose wrapped text fits (fewer names, never a clipped line).
 */
export function fitCredits(
	input: Omit<CreditsInput, 'maxPublishers'>,
	lines: (text: string) => number,
	maxLines: number
): string {
	const all = input.publishers?.length ?? 0;
	let lo = 0;
	let hi = all;
	// Binary search on the count: wrapped line count grows with it.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (lines(creditsText({ ...input, maxPublishers: mid })) <= maxLines) lo = mid;
		else hi = mid - 1;
	}
	return creditsText({ ...input, maxPublishers: lo });
}
