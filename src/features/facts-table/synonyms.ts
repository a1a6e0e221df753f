/**
 * Words the facts search reads as one topic: a query with any of them finds the others. Each group is
 * how the articles and their readers say the same thing ("fired", "laid off", "job cuts"); a phrase is
 * matched as a whole, in order. Kept small on purpose: a wide list turns every search into every fact.
 */
export const SYNONYMS = [
  [
    'layoffs',
    'layoff',
    'lay-offs',
    'laid off',
    'lay off',
    'job cuts',
    'job losses',
    'cuts',
    'cutbacks',
    'fired',
    'redundancies',
    'redundancy',
  ],
  ['revenue', 'sales', 'turnover'],
  ['profit', 'earnings', 'operating income'],
  ['headcount', 'staff', 'employees', 'workforce'],
  ['investment', 'stake'],
  ['ai', 'artificial intelligence'],
  // A value's unit in words: every percentage also reads "percent" (value-words.ts).
  ['percent', 'per cent', 'percentage', 'pct'],
  ['dollars', 'usd'],
  // Quarters as the articles write them ("in the fourth quarter") and as the table does ("Q4 2023").
  ['q1', 'first quarter', '1st quarter'],
  ['q2', 'second quarter', '2nd quarter'],
  ['q3', 'third quarter', '3rd quarter'],
  ['q4', 'fourth quarter', '4th quarter'],
] as const satisfies readonly (readonly string[])[]

/** "fourth", the ordinal of quarter n, as the articles write it. */
export const QUARTER_ORDINALS = ['first', 'second', 'third', 'fourth'] as const
