import type { RegionProps, SourcedValue } from './types';

/** The newest Russian share a region has (2021 before 2009), with its year and basis for the label. */
export function latestRussianShare(p: RegionProps): SourcedValue<number> | undefined {
	return p.ethnic?.['2021']?.russian ?? p.ethnic?.['2009']?.russian;
}
