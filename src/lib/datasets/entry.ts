import type { DatasetSchema } from '$lib/geo/schema/dataset';
import type { LegendSection } from '$lib/map/legend';
import type { AnyProps, Collection } from '$lib/data/types';

/**
 * Everything the app knows about one dataset, in one place. Every list in the app (layers panel,
 * legend, features list, permalink layer names, article-link validation, export legend and credits,
 * load and validation, draw order) is derived from the registry of these (./index.ts), so adding a
 * dataset is a geodata file plus one entry — and a layer component only if it draws something new.
 */
export interface DatasetEntry<P = AnyProps> {
	/** Layer name in permalinks (`l=`) and links.json; also the prefix of its deck.gl layer keys. */
	readonly id: string;
	/** The file in geodata/, as validation messages name it. */
	readonly file: string;
	/** The built asset's URL (an `import …?geodata`, or `?packed` for TopoJSON-packed polygons). */
	readonly url: string;
	/**
	 * The SHA-256 of the built asset's bytes (the same import). The build validates exactly these
	 * bytes (src/lib/server/shipped.ts), so the browser validates a fetched file only if it differs.
	 */
	readonly sha256: string;
	readonly schema: DatasetSchema;
	/** Its layer component: src/lib/map/layers/<layer>.svelte (MapLayers finds it by this name). */
	readonly layer: string;
	/** deck.gl draw order: higher draws on top. A component's own sub-layers add 0–9 to it. */
	readonly drawOrder: number;
	readonly visibleByDefault: boolean;
	readonly names: {
		/** The layers panel's checkbox label. */
		readonly layer: string;
		/** The features list's heading. */
		readonly list: string;
		/** Lower-case phrase for the export's layer list ("CSTO deployment", "energy assets"). */
		readonly credit: string;
	};
	/**
	 * The areas other datasets' points are checked against and listed in (regions). At most one entry
	 * has it; validation of the others waits for it.
	 */
	readonly areas?: boolean;
	/** Its features are listed in the details of the area they lie in. */
	readonly listedInAreas?: boolean;
	/** Its legend section, from the validated data (only what the data holds gets an entry). */
	readonly legend: (data: Collection<P>) => LegendSection;
}

/**
 * Types an entry by its props (so `legend` sees its own data) and stores it as the registry's
 * common type. The cast is the one place the props type is forgotten: the validator proves it.
 */
export function defineDataset<P>(entry: DatasetEntry<P>): DatasetEntry {
	return entry as unknown as DatasetEntry;
}
