/// <reference types="vite/client" />
interface ImportMetaEnv {
	/** Optional online MapLibre style URL; unset by default so the app stays fully offline. */
	readonly VITE_BASEMAP_STYLE_URL?: string;
}
