/** How a qualifier changes a figure: "around 60,000" is approximate, "over 1,000" a bound. */
export type QualifierKind = 'approximate' | 'bound'

/** Qualifiers written before a figure, longest first so "more than" wins over "more". */
export const QUALIFIERS: readonly { words: string; kind: QualifierKind }[] = [
  { words: 'approximately', kind: 'approximate' },
  { words: 'just under', kind: 'bound' },
  { words: 'just over', kind: 'bound' },
  { words: 'as many as', kind: 'bound' },
  { words: 'fewer than', kind: 'bound' },
  { words: 'more than', kind: 'bound' },
  { words: 'less than', kind: 'bound' },
  { words: 'at least', kind: 'bound' },
  { words: 'at most', kind: 'bound' },
  { words: 'up to', kind: 'bound' },
  { words: 'roughly', kind: 'approximate' },
  { words: 'nearly', kind: 'approximate' },
  { words: 'almost', kind: 'approximate' },
  { words: 'around', kind: 'approximate' },
  { words: 'about', kind: 'approximate' },
  { words: 'some', kind: 'approximate' },
  { words: 'over', kind: 'bound' },
  { words: 'under', kind: 'bound' },
]

/** Quantities the articles give only in words: they stay words ("several hundred"), never a number. */
export const VAGUE_QUANTITIES = [
  'several hundred',
  'several thousand',
  'a few hundred',
  'a few thousand',
  'hundreds',
  'thousands',
  'dozens',
  'tens of thousands',
  'millions',
  'billions',
] as const

/** Words that give a cause: a sentence with one proposes (or corroborates) a cause. */
export const CAUSE_WORDS =
  /\b(because|due to|driving force|a factor in|in response to|a response (?:by \w+ )?to|a consequence of|aimed at|prompted|leading to|in an effort to|as a way to|to tackle|necessary to|in order to)\b/i

/** Words that give a direction of change. */
export const TREND_WORDS =
  /\b(rebounded|rose|fell|dipped|declined?|increase[ds]?|increasing|decrease[ds]?|grew|growth|slowed|slowdown|doubled|shrank|gained|lost ground|losing ground)\b/i

/** Words that give a plan, as a plan (never as done). */
export const PLAN_WORDS = /\b(was planning to|is planning to|plans to|planned to|intends to)\b/i

/** Words of job cuts. */
export const LAYOFF_WORDS =
  /\b(job cuts|layoffs?|lay-offs?|laid off|lay off|laying off|cuts|cutbacks|staff reduction|reductions?|affected)\b/i

/** Words naming which part of a company cuts hit: a sentence about the cuts with one of them says where. */
export const UNIT_WORDS =
  /\b(teams?|organi[sz]ation|division|department|roles (?:in|involved)|positions|regions|\w+ roles)\b/i

/**
 * Sentences the dashboard leaves out even when they touch its topics: commitments, the article's own
 * assessments, and other companies' news. A figure in one still carries it.
 */
export const LEFT_OUT_WORDS =
  /\b(committed to|commitment to|underscores|remains a key player|murmurings|a trend seen|other large tech companies|challenges facing|internal opportunities)\b/i
