import type { Packed } from '$lib/geo/unpack';

// The TopoJSON a dataset travelled as, by the validated collection made from it (load.ts). The
// collection stays plain GeoJSON for everything else; the layers that draw its borders and simplify
// it per zoom (geo/shapes.ts) reuse the arcs the file already has instead of finding them again.
// A WeakMap, since validation makes new objects: the link is made after it, to what the app holds.
const topologies = new WeakMap<object, Packed>();

export function keepTopology(collection: object, topology: Packed) {
	topologies.set(collection, topology);
}

/** The topology `collection` was unpacked from, if it came packed. */
export function topologyOf(collection: object): Packed | undefined {
	return topologies.get(collection);
}
