// The deck.gl classes the layers use, named one by one so the bundler keeps only these (and what they
// import) in the lazy chunk: `import('@deck.gl/layers')` as a namespace kept every layer deck.gl has.
export { MapLibreOverlay } from '@deck.gl/maplibre';
export { GeoJsonLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
