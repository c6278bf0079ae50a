// The deck.gl classes the layers use, named one by one so the bundler keeps only these (and what they
// import) in the lazy chunk: `import('@deck.gl/layers')` as a namespace kept every layer deck.gl has.
// Markers are DotLayers (dot-layer.ts): PathLayers for a few, a ScatterplotLayer for many.
export { MapLibreOverlay } from '@deck.gl/maplibre';
export { GeoJsonLayer, PathLayer } from '@deck.gl/layers';
export { DotLayer } from './dot-layer';
