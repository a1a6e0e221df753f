/**
 * From here up the dashboard has two columns and the evidence panel sits beside
 * the charts; below it (a phone, or a laptop at 200 % zoom) the panel is a sheet
 * over them. Tailwind's `lg` breakpoint, which the grid's classes use.
 */
export const WIDE_LAYOUT = '(min-width: 64rem)'
