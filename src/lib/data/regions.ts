import { BASIS_RANK, basisDate } from '$lib/sources/basis';
import type { EthnicShare, RegionProps } from './types';

/**
 * The figure the choropleth shows for a group: the most authoritative basis first (a census before
 * an official estimate before anything else), then the newest. A census from 2009 beats an estimate
 * from 2021: the estimate is extrapolated from it, and a reader comparing regions should compare
 * like with like wherever a census exists. Shares of one group are never derived from another's.
 */
export function bestShare(p: RegionProps, group: EthnicShare['group'] = 'russian'): EthnicShare | undefined {
	let best: EthnicShare | undefined;
	for (const s of p.ethnic ?? []) {
		if (s.group !== group) continue;
		if (!best) best = s;
		else {
			const rank = BASIS_RANK[s.basis] - BASIS_RANK[best.basis];
			if (rank < 0 || (rank === 0 && basisDate(s) > basisDate(best))) best = s;
		}
	}
	return best;
}

/** A region whose map figure is not a census count: hatched on the map and in exports. */
export function isNonCensus(p: RegionProps): boolean {
	const s = bestShare(p);
	return s !== undefined && s.basis !== 'census';
}
