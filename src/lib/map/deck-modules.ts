// The deck.gl classes the layers use, named one by one so the bundler keeps only these (and what they
// import) in the lazy chunk: `import('@deck.gl/layers')` as a namespace kept every layer deck.gl has.
// No ScatterplotLayer: markers are DotLayers, drawn with the PathLayer's shader program (dot-layer.ts).
export { MapLibreOverlay } from '@deck.gl/maplibre';
export { GeoJsonLayer, PathLayer } from '@deck.gl/layers';
export { DotLayer } from './dot-layer';
