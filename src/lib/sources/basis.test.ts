import { describe, expect, it } from 'vitest';
import { formatAsOf, formatBasis, isAsOf } from './basis';

describe('basis', () => {
	it('reads as what the figure is', () => {
		expect(formatBasis({ year: 2021, basis: 'census' })).toBe('census 2021');
		expect(formatBasis({ year: 2022, basis: 'estimate', as_of: '2022-01-01' })).toBe(
			'official estimate, 1 Jan 2022'
		);
		expect(formatBasis({ year: 2018, basis: 'estimate', as_of: '2018' })).toBe('official estimate, 2018');
		expect(formatBasis({ year: 2021, basis: 'forecast' })).toBe('forecast for 2021');
		expect(formatBasis({ year: 2022, basis: 'press' })).toBe('press report, 2022');
		expect(formatBasis({ year: 2021, basis: 'report' })).toBe('reported 2021');
	});

	it('accepts a year, a month or a real day as as_of, nothing else', () => {
		expect(['2018', '2021-05', '2022-01-01'].every(isAsOf)).toBe(true);
		expect(['2021-13', '2022-02-30', '22-01-01', '2021-5', '', 'start of 2021'].some(isAsOf)).toBe(false);
		expect(formatAsOf('2021-05')).toBe('May 2021');
	});
});
