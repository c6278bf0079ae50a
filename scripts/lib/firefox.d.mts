export function firefoxPath(): string;
export const FIREFOX_PREFS: Record<string, boolean | number | string>;
export const FIREFOX_ENV: Record<string, string>;
