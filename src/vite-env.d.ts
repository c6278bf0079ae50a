/// <reference types="vite/client" />
interface ImportMetaEnv {
	/** Optional online MapLibre style URL; unset by default so the app stays fully offline. */
	readonly VITE_BASEMAP_STYLE_URL?: string;
}

/**
 * vite-plugin-geodata.ts: a geodata file's built URL and the SHA-256 (base64) of its bytes, as it is
 * (`?geodata`) or packed as quantised TopoJSON (`?packed`, which unpack() reads).
 */
declare module '*.geojson?packed' {
	const url: string;
	export default url;
	export const sha256: string;
}
declare module '*.geojson?geodata' {
	const url: string;
	export default url;
	export const sha256: string;
}
