// One palette for the map, the legend and the exports, so what a reader sees in one matches the others.
// Basemap colours are muted and light so thematic layers (deck.gl) carry the colour; they print well
// in greyscale because land and water differ in lightness, not only in hue; Kazakhstan stands out by
// its darker, wider border.
export const basemapColours = {
	water: '#c9dcea',
	// Exports only: past the basemap's extent, the image's paper (compose.ts PAPER).
	outside: '#ffffff',
	land: '#efece6',
	border: '#9a948a',
	kazakhstanBorder: '#5b5346',
	label: '#3d3a35',
	labelHalo: '#ffffff',
	city: '#4a4640',
	// Darker than the sea so a river reads on land, still lighter than the borders it crosses.
	river: '#86aed0'
} as const;

export type RGB = [number, number, number];

/**
 * Russian share of the population, % (choropleth). Sequential single-hue classes (ColorBrewer Purples),
 * readable for colour-blind readers and in greyscale; the legend prints each class's bounds.
 */
export const russianShareClasses: { min: number; max: number; colour: RGB }[] = [
	{ min: 0, max: 5, colour: [242, 240, 247] },
	{ min: 5, max: 15, colour: [203, 201, 226] },
	{ min: 15, max: 30, colour: [158, 154, 200] },
	{ min: 30, max: 45, colour: [117, 107, 177] },
	{ min: 45, max: 100, colour: [84, 39, 143] }
];
export const noDataColour: RGB = [214, 210, 202];

export function russianShareColour(share: number | undefined): RGB {
	if (share === undefined) return noDataColour;
	return (russianShareClasses.find((c) => share >= c.min && share < c.max) ?? russianShareClasses[4]!).colour;
}

/** Who holds the largest foreign stake in an energy asset (Okabe–Ito colours, safe for colour blindness). */
export const ownerBlocs = {
	western: {
		label: 'Western stake largest (US, EU, UK, JP)',
		short: 'Western',
		colour: [0, 114, 178] as RGB
	},
	russian: { label: 'Russian stake largest', short: 'Russian', colour: [213, 94, 0] as RGB },
	chinese: { label: 'Chinese stake largest', short: 'Chinese', colour: [204, 121, 167] as RGB },
	kazakh: {
		label: 'Kazakh state / no foreign stake found',
		short: 'Kazakh / none',
		colour: [55, 55, 55] as RGB
	}
} as const;
export type OwnerBloc = keyof typeof ownerBlocs;

export const themeColours = {
	north: [117, 107, 177] as RGB,
	selected: [230, 159, 0] as RGB,
	unrest: [178, 34, 34] as RGB,
	// Olive drab: a hue no contingent, owner bloc or share class uses.
	military: [107, 142, 35] as RGB,
	pipeline: [90, 90, 90] as RGB,
	context: [160, 160, 160] as RGB
};

/** CSTO contingents by country (ISO 3166-1 alpha-2). */
export const contingentColours: Record<string, RGB> = {
	RU: [213, 94, 0],
	BY: [86, 180, 233],
	AM: [0, 158, 115],
	TJ: [240, 228, 66],
	KG: [204, 121, 167],
	KZ: [90, 90, 90]
};
export const countryNames: Record<string, string> = {
	RU: 'Russia',
	BY: 'Belarus',
	AM: 'Armenia',
	TJ: 'Tajikistan',
	KG: 'Kyrgyzstan',
	KZ: 'Kazakhstan',
	US: 'United States',
	GB: 'United Kingdom',
	FR: 'France',
	IT: 'Italy',
	NL: 'Netherlands',
	JP: 'Japan',
	CN: 'China',
	CA: 'Canada'
};
