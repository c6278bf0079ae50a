/**
 * Turning the composed canvas into a file, and handing files to the user. PDF support (jsPDF, ~110 kB
 * gzip) is imported only when a PDF is asked for, so it is never part of the page's first load.
 */
import type { Format, Target } from './presets';

export const MIME: Record<Format, string> = { png: 'image/png', jpeg: 'image/jpeg', pdf: 'application/pdf' };

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
export async function pdfBlob(canvas: HTMLCanvasElement, target: Target): Promise<Blob> {
	const [{ jsPDF }, jpeg] = await Promise.all([import('jspdf'), canvasBlob(canvas, 'image/jpeg', 0.95)]);
	const w = target.page?.widthPt ?? (target.width / target.pixelRatio) * 0.75;
	const h = target.page?.heightPt ?? (target.height / target.pixelRatio) * 0.75;
	const doc = new jsPDF({ orientation: w >= h ? 'landscape' : 'portrait', unit: 'pt', format: [w, h] });
	doc.addImage(new Uint8Array(await jpeg.arrayBuffer()), 'JPEG', 0, 0, w, h, undefined, 'NONE');
	return doc.output('blob');
}

export async function encode(canvas: HTMLCanvasElement, format: Format, target: Target): Promise<Blob> {
	if (format === 'pdf') return pdfBlob(canvas, target);
	return canvasBlob(canvas, MIME[format], format === 'jpeg' ? 0.92 : undefined);
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
