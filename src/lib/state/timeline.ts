/** The timeline's days, inclusive: a permalink's `d=` must fall inside them (the page and the embed). */
export const TIMELINE: [string, string] = ['2022-01-01', '2022-01-19'];
