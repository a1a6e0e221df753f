/** The units a value can be in: shared by the dataset schema and the number formatting. */
export const UNITS = ['percent', 'USD', 'people', 'days', 'positions'] as const
export type Unit = (typeof UNITS)[number]
