import { describe, expect, it } from 'vitest';
import { LINE, planLayout, type Measure } from './layout';
import type { LegendSection } from '$lib/map/legend';

// 7 px per character: enough to make wrapping decisions deterministic without a canvas.
const measure: Measure = (text) => text.length * 7;
const section = (labels: string[]): LegendSection => ({
	title: 'Energy assets',
	items: labels.map((label) => ({ symbol: 'line', colour: [55, 55, 55], label }))
});
const layout = (sections: LegendSection[]) =>
	planLayout({ width: 1920, height: 1080, title: 'T', subtitle: '', footer: 'F', sections, measure });

describe('planLayout: legend labels', () => {
	it('wraps a label too long for the legend column instead of letting it run off the image', () => {
		const long = 'pipeline, schematic route, coloured by largest foreign stake';
		const [block] = layout([section([long])]).legend!.blocks;
		expect(block!.itemLines[0]!.length).toBeGreaterThan(1);
		expect(block!.itemLines[0]!.join(' ')).toBe(long);
		// The legend column is 270 px less 16 px padding and the 26 px symbol cell.
		for (const line of block!.itemLines[0]!) expect(measure(line, '')).toBeLessThanOrEqual(270 - 16 - 26);
	});

	it('counts the extra line in the block height, so the next section does not overlap it', () => {
		const short = layout([section(['Russia'])]).legend!.blocks[0]!;
		const long = layout([section(['pipeline, schematic route, coloured by largest foreign stake'])]).legend!
			.blocks[0]!;
		expect(long.itemLines[0]!.length).toBeGreaterThan(1);
		expect(long.height - short.height).toBe((long.itemLines[0]!.length - 1) * LINE.legendItem);
	});
});
