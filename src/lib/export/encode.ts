/**
 * Turning the composed canvas into a file, and handing files to the user. PDF support (jsPDF, ~110 kB
 * gzip) is imported only when a PDF is asked for, so it is never part of the page's first load.
 */
import type { Format, Target } from './presets';

export const MIME: Record<Format, string> = {
	png: 'image/png',
	jpeg: 'image/jpeg',
	pdf: 'application/pdf',
	vpdf: 'application/pdf',
	svg: 'image/svg+xml'
};

export function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error(`This browser could not encode a ${type} this large.`))),
			type,
			quality
		)
	);
}

/**
 * The PDF page is the paper size for paper presets, so the image sits at exactly the chosen dpi;
 * other sizes get a page at 96 CSS px per inch. The image goes in as JPEG (quality 0.95): PDF embeds
 * JPEG bytes as they are, where a PNG would be decoded and recompressed in JavaScript, slowly.
 */
/** What the file says about itself: the full credits and every publisher, which the image may abbreviate. */
export type FileMeta = { title: string; author: string; credits: string; sources: string[] };

export async function pdfBlob(canvas: HTMLCanvasElement, target: Target, meta?: FileMeta): Promise<Blob> {
	const [{ jsPDF }, jpeg] = await Promise.all([import('jspdf'), canvasBlob(canvas, 'image/jpeg', 0.95)]);
	const w = target.page?.widthPt ?? (target.width / target.pixelRatio) * 0.75;
	const h = target.page?.heightPt ?? (target.height / target.pixelRatio) * 0.75;
	const doc = new jsPDF({ orientation: w >= h ? 'landscape' : 'portrait', unit: 'pt', format: [w, h] });
	doc.addImage(new Uint8Array(await jpeg.arrayBuffer()), 'JPEG', 0, 0, w, h, undefined, 'NONE');
	if (meta)
		doc.setProperties({
			title: meta.title,
			author: meta.author,
			subject: meta.credits,
			keywords: meta.sources.join('; ')
		});
	return doc.output('blob');
}

export async function encode(
	canvas: HTMLCanvasElement,
	format: Format,
	target: Target,
	meta?: FileMeta
): Promise<Blob> {
	if (format === 'pdf') return pdfBlob(canvas, target, meta);
	// An SVG is written by its own surface (svg.ts), never encoded from pixels.
	if (format === 'svg' || format === 'vpdf') throw new Error(`encode: a ${format} is not made from a canvas`);
	const blob = await canvasBlob(canvas, MIME[format], format === 'jpeg' ? 0.92 : undefined);
	if (format !== 'png' || !meta) return blob;
	return new Blob(
		[
			withPngText(new Uint8Array(await blob.arrayBuffer()), {
				Title: meta.title,
				Author: meta.author,
				Copyright: meta.credits,
				Source: meta.sources.join('; ')
			})
		],
		{ type: 'image/png' }
	);
}

/**
 * Adds iTXt chunks (UTF-8 text, PNG spec §11.3.4) right after IHDR, so image viewers and
 * `exiftool` show the full credits. iTXt rather than tEXt: publisher names are not all Latin-1.
 */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
	const enc = new TextEncoder();
	const chunks = Object.entries(entries).map(([key, text]) => {
		// keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
		const data = new Uint8Array([...enc.encode(key), 0, 0, 0, 0, 0, ...enc.encode(text)]);
		return chunk('iTXt', data);
	});
	const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
	const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
	out.set(png.subarray(0, ihdrEnd), 0);
	let at = ihdrEnd;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

let table: Uint32Array | undefined;
/** CRC-32 (ISO 3309), as PNG chunks carry it. */
export function crc32(bytes: Uint8Array): number {
	table ??= Uint32Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	let c = 0xffffffff;
	for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** A same-origin blob: URL clicked through a temporary link; revoked once the download has started. */
export function download(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Why the clipboard cannot take an image here, or null when it can. */
export function clipboardProblem(): string | null {
	if (!window.isSecureContext)
		return 'Copying images needs a secure page (https or localhost); use Download instead.';
	if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined')
		return 'This browser cannot copy images to the clipboard; use Download instead.';
	return null;
}

/**
 * Takes a promise of the PNG: the clipboard call must start within the click's user activation,
 * which the seconds of rendering would outlast, and ClipboardItem accepts a pending Blob.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
	const problem = clipboardProblem();
	if (problem) throw new Error(problem);
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
