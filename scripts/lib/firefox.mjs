// Where to find a Firefox for the Firefox browser tests (e2e/firefox/), and how to start it with
// software WebGL2 on a machine without a GPU. Playwright's own Firefox build cannot be downloaded
// here, and Playwright 1.65 cannot drive Debian's Firefox ESR 140 over WebDriver BiDi (it needs
// `network.addDataCollector`, which ESR 140 lacks), so puppeteer-core drives the system's Firefox.
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/firefox-esr',
	'/usr/bin/firefox',
	'/Applications/Firefox.app/Contents/MacOS/firefox'
];

export function firefoxPath() {
	const fromEnv = process.env.FIREFOX_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found)
		throw new Error(
			'No Firefox found. Install one (Debian: `sudo apt-get install -y firefox-esr libgl1-mesa-dri libegl1`) or set FIREFOX_PATH to a Firefox binary.'
		);
	return found;
}

// Without these prefs `getContext('webgl2')` returns null on a machine with no GPU (Mesa's llvmpipe
// then renders). The rest keeps Firefox off the network: no updates, telemetry, safe-browsing lists
// or captive-portal probes, so "no request leaves the origin" is about the app alone.
export const FIREFOX_PREFS = {
	'webgl.force-enabled': true,
	'webgl.enable-webgl2': true,
	'gfx.webrender.software': true,
	'app.update.enabled': false,
	'browser.safebrowsing.malware.enabled': false,
	'browser.safebrowsing.phishing.enabled': false,
	'datareporting.policy.dataSubmissionEnabled': false,
	'toolkit.telemetry.enabled': false,
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	'browser.download.folderList': 2,
	'browser.download.useDownloadDir': true
};

// Headless Firefox takes its window size from MOZ_HEADLESS_*, not from --window-size, and
// puppeteer's setViewport fails on ESR 140 (no BiDi emulation.setScreenOrientationOverride).
// 986 px tall leaves a 1400 × 900 viewport, as in the Chromium tests: the window keeps 86 px of chrome.
export const FIREFOX_ENV = {
	LIBGL_ALWAYS_SOFTWARE: '1',
	MOZ_WEBGL_FORCE_EGL: '1',
	MOZ_HEADLESS_WIDTH: '1400',
	MOZ_HEADLESS_HEIGHT: '986'
};
