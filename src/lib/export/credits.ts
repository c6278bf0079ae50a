/**
 * The attribution printed on every export: the licences of the basemap data require it (ODbL and
 * CC BY), and a map lifted from the app should still name the article and where its data come from.
 */
export type CreditsInput = {
	author: string;
	articleTitle: string;
	/** Names of the thematic layers in the image. */
	layers: string[];
	/** Source hosts of the visible features, most cited first; listed only when the reader asks. */
	sourceHosts: string[] | null;
};

const BASEMAP =
	'Basemap: Natural Earth (public domain); lakes and the Caspian © OpenStreetMap contributors (ODbL 1.0); cities: GeoNames (CC BY 4.0).';
const MAX_HOSTS = 14;

export function creditsText({ author, articleTitle, layers, sourceHosts }: CreditsInput): string {
	const parts = [`Article: ${author}, “${articleTitle}”.`, BASEMAP];
	if (layers.length)
		parts.push(
			`Thematic data (${layers.join(', ')}): compiled for this map, each feature with its cited sources.`
		);
	if (sourceHosts?.length) {
		const shown = sourceHosts.slice(0, MAX_HOSTS);
		const more = sourceHosts.length - shown.length;
		parts.push(`Sources: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`);
	}
	return parts.join(' ');
}
