// One palette for the map, the legend and the exports, so what a reader sees in one matches the others.
// Basemap colours are muted and light so thematic layers (deck.gl) carry the colour; they print well
// in greyscale because land, Kazakhstan and water differ in lightness, not only in hue.
export const basemapColours = {
	water: '#c9dcea',
	land: '#efece6',
	kazakhstan: '#fbf3d5',
	border: '#9a948a',
	kazakhstanBorder: '#5b5346',
	label: '#3d3a35',
	labelHalo: '#ffffff',
	city: '#4a4640'
} as const;
