/// <reference types="vite/client" />
interface ImportMetaEnv {
	/** Optional online MapLibre style URL; unset by default so the app stays fully offline. */
	readonly VITE_BASEMAP_STYLE_URL?: string;
}

/** vite-plugin-geodata.ts: the URL of a geodata file packed as quantised TopoJSON (unpack() reads it). */
declare module '*.geojson?packed' {
	const url: string;
	export default url;
}
