import type { ProposalKind } from './proposals.ts'
import type { SentenceStatus } from './review-state.ts'

/**
 * How the article marks a sentence by its proposal: an underline in the kind's colour (dashed for a sentence
 * left out) and a badge that names the kind, so the colour is never the only cue. Text stays 4.5:1 or more.
 */
export const MARKS = {
  disagreement: {
    underline: 'decoration-amber-600 dark:decoration-amber-400',
    badge: 'border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  },
  'new-facts': {
    underline: 'decoration-sky-700 dark:decoration-sky-400',
    badge: 'border-sky-700 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100',
  },
  quotes: {
    underline: 'decoration-emerald-700 dark:decoration-emerald-400',
    badge:
      'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
  },
  'left-out': {
    underline: 'decoration-slate-400 decoration-dashed dark:decoration-slate-500',
    badge: 'border-slate-400 bg-slate-50 text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300',
  },
} as const satisfies Record<ProposalKind, { underline: string; badge: string }>

/** A sentence's standing in the review, in words and a sign. */
export const STATUS = {
  'to-review': { sign: '•', text: 'to review' },
  accepted: { sign: '✓', text: 'accepted' },
  'left-out': { sign: '✕', text: 'left out' },
} as const satisfies Record<SentenceStatus, { sign: string; text: string }>
