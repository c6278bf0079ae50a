/**
 * What a figure is. A census count, a statistics agency's estimate, a company's report, a minister's
 * forecast and a journalist's number are different kinds of evidence, and a reader who publishes
 * the map must be able to say which one they are quoting. Every figure in geodata/ carries one.
 */
export const BASIS_KINDS = ['census', 'estimate', 'report', 'forecast', 'press', 'computed'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/** The parts of a sourced value that say what it is (SCHEMA.md "Sourced values"). */
export interface Basis {
	year: number;
	basis: BasisKind;
	/** For an estimate: the date it is as of (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
	as_of?: string;
	/** For a computed value: how. */
	computed?: string;
}

/** Authority order for choosing between figures of one quantity: census first, press last. */
export const BASIS_RANK: Readonly<Record<BasisKind, number>> = {
	census: 0,
	estimate: 1,
	report: 2,
	computed: 3,
	forecast: 4,
	press: 5
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-01-01` → "1 Jan 2022", `2021-05` → "May 2021", `2018` → "2018". */
export function formatAsOf(asOf: string): string {
	const [y, m, d] = asOf.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	if (d && month) return `${Number(d)} ${month} ${y}`;
	if (month) return `${month} ${y}`;
	return y ?? asOf;
}

/** `as_of` forms the data may use: a year, a month or a day. */
export function isAsOf(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
	const [, m, d] = value.split('-').map(Number);
	if (m !== undefined && (m < 1 || m > 12)) return false;
	if (d !== undefined) {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
	}
	return true;
}

/**
 * The basis as a reader reads it, short enough for a tooltip.
 *
 * @example
 * formatBasis({ year: 2021, basis: 'census' })                            //= 'census 2021'
 * formatBasis({ year: 2022, basis: 'estimate', as_of: '2022-01-01' })     //= 'official estimate, 1 Jan 2022'
 * formatBasis({ year: 2021, basis: 'forecast' })                          //= 'forecast for 2021'
 */
export function formatBasis(b: Basis): string {
	switch (b.basis) {
		case 'census':
			return `census ${b.year}`;
		case 'estimate':
			return `official estimate, ${b.as_of ? formatAsOf(b.as_of) : b.year}`;
		case 'report':
			return `reported ${b.year}`;
		case 'forecast':
			return `forecast for ${b.year}`;
		case 'press':
			return `press report, ${b.year}`;
		case 'computed':
			return `computed from ${b.year} data`;
	}
}

/** The date a figure stands for, for "newest first" among figures of one basis. */
export function basisDate(b: Basis): string {
	return b.as_of ?? String(b.year);
}
