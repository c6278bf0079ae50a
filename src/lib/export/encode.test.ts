import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { crc32, withPngText } from './encode';

/** A valid 1 × 1 PNG built here, so the test depends on no image file. */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Uint8Array) => {
		const out = new Uint8Array(12 + data.length);
		const view = new DataView(out.buffer);
		view.setUint32(0, data.length);
		out.set(new TextEncoder().encode(type), 4);
		out.set(data, 8);
		view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
		return out;
	};
	const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
	const idat = new Uint8Array(deflateSync(Buffer.from([0, 255, 0, 0])));
	const parts = [
		new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', idat),
		chunk('IEND', new Uint8Array())
	];
	return Uint8Array.from(parts.flatMap((p) => [...p]));
}

/** The chunks of a PNG: type and data, with each CRC checked. */
function chunks(png: Uint8Array) {
	const view = new DataView(png.buffer, png.byteOffset);
	const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
	for (let at = 8; at < png.length;) {
		const len = view.getUint32(at);
		const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
		const data = png.subarray(at + 8, at + 8 + len);
		out.push({
			type,
			data,
			crcOk: view.getUint32(at + 8 + len) === crc32(png.subarray(at + 4, at + 8 + len))
		});
		at += 12 + len;
	}
	return out;
}

describe('withPngText', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('adds UTF-8 text chunks after IHDR with valid CRCs, leaving the image chunks as they were', () => {
		const png = tinyPng();
		const out = withPngText(png, { Source: 'Reuters; Kazinform; Wikipedia (ru); Бюро' });
		const list = chunks(out);
		expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
		expect(list.every((c) => c.crcOk)).toBe(true);
		const text = list[1]!.data;
		const key = new TextDecoder().decode(text.subarray(0, text.indexOf(0)));
		expect(key).toBe('Source');
		expect(new TextDecoder().decode(text.subarray(key.length + 5))).toBe(
			'Reuters; Kazinform; Wikipedia (ru); Бюро'
		);
		expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
	});
});
