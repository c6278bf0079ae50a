import { describe, expect, it } from 'vitest';
import { markedBy } from './highlight';

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
