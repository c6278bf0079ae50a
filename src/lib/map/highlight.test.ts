import { describe, expect, it } from 'vitest';
import { MARKED_LINE, markedBy, markedOutline, outlineTriggers } from './highlight';

describe('markedBy', () => {
	it('marks the selected feature and the active passage’s features, nothing else', () => {
		const marked = markedBy('KZ-SEV', new Set(['csto-almaty-airport', 'unrest-almaty-akimat']));
		expect(['KZ-SEV', 'csto-almaty-airport', 'unrest-almaty-akimat', 'KZ-AKM'].map(marked)).toEqual([
			true,
			true,
			true,
			false
		]);
		expect(markedBy(null, new Set())('KZ-SEV')).toBe(false);
	});
});

describe('markedOutline', () => {
	const f = (id: string, kind = 'site') => ({ properties: { id, kind } });
	it('gives a marked dot the marked outline and every other dot its layer’s own', () => {
		const { getLineColor, getLineWidth } = markedOutline('KZ-SEV', new Set(['csto-hq']));
		expect([getLineColor(f('KZ-SEV')), getLineWidth(f('KZ-SEV'))]).toEqual([MARKED_LINE, 3]);
		expect([getLineColor(f('csto-hq')), getLineWidth(f('csto-hq'))]).toEqual([MARKED_LINE, 3]);
		expect([getLineColor(f('KZ-AKM')), getLineWidth(f('KZ-AKM'))]).toEqual([[255, 255, 255, 255], 1.5]);
	});
	it('keeps a layer’s own colour and per-feature width for unmarked dots', () => {
		const { getLineColor, getLineWidth } = markedOutline<ReturnType<typeof f>>(null, new Set(['a']), {
			colour: [30, 30, 30, 255],
			width: (d) => (d.properties.kind === 'hq' ? 2.5 : 1),
			markedWidth: 4
		});
		expect([getLineColor(f('b', 'hq')), getLineWidth(f('b', 'hq')), getLineWidth(f('c'))]).toEqual([
			[30, 30, 30, 255],
			2.5,
			1
		]);
		expect(getLineWidth(f('a'))).toBe(4);
	});
	it('names both accessors in the triggers, with the values that mark', () => {
		const marks = new Set(['a']);
		expect(outlineTriggers('KZ-SEV', marks)).toEqual({
			getLineColor: ['KZ-SEV', marks],
			getLineWidth: ['KZ-SEV', marks]
		});
	});
});
