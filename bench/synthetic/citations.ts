// How facts get their citations: an article near the figure's date states it, and the fact cites that quote.
import type { z } from 'zod'
import type { FactInput } from '../../src/domain/schema.ts'
import type { ArticleDraft, PartLeftOut } from './articles.ts'
import type { Random } from './random.ts'

export type FactDraft = z.input<typeof FactInput>

export interface Statement {
  sentence: string
  quote: string
  /** The words around the quote, each with why no fact carries it. */
  partsLeftOut?: PartLeftOut[]
}

export interface Context {
  rng: Random
  articles: ArticleDraft[]
  /** How many consecutive articles count as "soon after" a figure: about four months' worth. */
  window: number
  facts: FactDraft[]
}

/** A fact with no citations yet: `cite` adds them as articles state it. */
export const newFact = (fields: Omit<FactDraft, 'citations'>): FactDraft => ({ ...fields, citations: [] })

export const whole = (sentence: string): Statement => ({ sentence, quote: sentence })
/** A quote inside its sentence; the words around it are left out for `why`. */
export const part = (
  before: string,
  quote: string,
  after: string,
  why = 'Words around the figure that state no figure, date or cause of their own.',
): Statement => ({
  sentence: before + quote + after,
  quote,
  // A part with no letter ("." or ", ") carries nothing and needs no reason.
  partsLeftOut: [before, after]
    .map((w) => w.trim())
    .filter((w) => /\p{L}/u.test(w))
    .map((words) => ({ words, why })),
})

// Articles report a figure in the weeks after it, so the citing articles come from the few that follow its date.
function nearbyArticles(ctx: Context, day: number, count: number): ArticleDraft[] {
  const { articles, rng } = ctx
  const first = articles.findIndex((a) => a.day >= day)
  // Reach back to earlier articles only when too few come after the figure (tiny scales).
  const start = Math.max(0, Math.min(first === -1 ? articles.length : first, articles.length - count))
  return rng.sample(articles.slice(start, start + Math.max(count, ctx.window)), count)
}

/** Has 1–3 articles near `day` state the facts, each in its own words; every fact cites each of those quotes. */
export function cite(ctx: Context, facts: FactDraft[], day: number, say: () => Statement): void {
  for (const article of nearbyArticles(ctx, day, ctx.rng.int(1, 3))) {
    const { sentence, quote, partsLeftOut } = say()
    // An article says a sentence once: a second fact it states joins the claim already there.
    const said = article.claims.find((c) => c.sentence === sentence)
    if (said) said.facts.push(...facts.map((f) => f.id))
    else {
      article.sentences.push(sentence)
      article.claims.push({ sentence, facts: facts.map((f) => f.id), partsLeftOut })
    }
    for (const fact of facts) fact.citations.push({ article: article.id, quote })
  }
  // The generated sentences seldom carry a date word: say how their dates are known, as the real data must.
  for (const fact of facts)
    if (fact.period.value && !fact.period.basis) fact.period.basis = 'The date of the reports that state it'
}
