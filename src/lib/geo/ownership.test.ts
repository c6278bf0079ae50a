import { describe, expect, it } from 'vitest';
import { ownerBloc } from './ownership';

describe('ownerBloc', () => {
	it('sums stakes per group: Tengiz (Chevron 50, ExxonMobil 25, KMG 20, LukArco 5) is western', () => {
		expect(
			ownerBloc([
				{ name: 'Chevron', country: 'US', pct: 50 },
				{ name: 'ExxonMobil', country: 'US', pct: 25 },
				{ name: 'KazMunayGas', country: 'KZ', pct: 20 },
				{ name: 'LukArco', country: 'RU', pct: 5 }
			])
		).toBe('western');
	});
	it('a 50/50 KMG–CNPC venture is chinese (the only foreign stake)', () => {
		expect(
			ownerBloc([
				{ name: 'KMG', country: 'KZ', pct: 50 },
				{ name: 'CNPC', country: 'CN', pct: 50 }
			])
		).toBe('chinese');
	});
	it('no foreign stake, or no shareholders recorded, is kazakh', () => {
		expect(ownerBloc([{ name: 'KMG', country: 'KZ', pct: 100 }])).toBe('kazakh');
		expect(ownerBloc(undefined)).toBe('kazakh');
	});
	it('ties keep a stable order (western before russian)', () => {
		expect(
			ownerBloc([
				{ name: 'A', country: 'RU', pct: 30 },
				{ name: 'B', country: 'IT', pct: 30 }
			])
		).toBe('western');
	});
});
