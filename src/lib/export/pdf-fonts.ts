/**
 * The vector PDF's fonts: Noto Sans (SIL Open Font License 1.1, fonts/LICENSE.txt), the layout's
 * first family, fetched from the app's own origin only when a vector PDF is made. jsPDF embeds only
 * the glyphs a file uses.
 */
import normal from './fonts/NotoSans-Regular.ttf?url';
import bold from './fonts/NotoSans-Bold.ttf?url';
import italic from './fonts/NotoSans-Italic.ttf?url';
import type { PdfFonts } from './pdf';

async function base64(url: string): Promise<string> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Could not load the PDF font ${url} (${res.status}).`);
	const bytes = new Uint8Array(await res.arrayBuffer());
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

let loaded: Promise<PdfFonts> | null = null;
export function loadPdfFonts(): Promise<PdfFonts> {
	loaded ??= Promise.all([base64(normal), base64(bold), base64(italic)]).then(([n, b, i]) => ({
		normal: n,
		bold: b,
		italic: i
	}));
	return loaded;
}
