import { articleLabel, articlePublisher } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { formatValue } from '../../domain/format-fact.ts'
import { formulaWithRounding } from '../../domain/rounding-range.ts'
import { citationRole } from '../../domain/kinds.ts'
import type { Citation, Fact } from '../../domain/schema.ts'
import { wrapText } from '../../lib/text-width.ts'
import { keyQuote, LEADING, statedByWords, type ChartFrame } from '../charts/index.ts'

/** A caption's parts as the slide shows them: the selected figure, its quote (or formula) and where it is from. */
export interface CaptionWords {
  figure: string
  quote: string | null
  cite: { article: string; rest: string } | null
  derived: string | null
}

/**
 * For a value the articles put in different words ("several hundred", "hundreds"), how many articles use the quote's
 * words and how many each other wording: ", 3 in these words, 3 as “hundreds”, 1 in both". Empty for
 * a value stated one way, so the count before it, every stating article's as in the evidence panel, stands alone.
 */
function wordingSplit(fact: Fact, quote: Citation, evidence: EvidenceIndex): string {
  if (fact.value.kind !== 'vague' || fact.value.words.length < 2) return ''
  const uses = (text: string, words: string) => text.toLowerCase().includes(words.toLowerCase())
  const quoted = fact.value.words.find((w) => uses(quote.quote, w))
  if (!quoted) return ''
  const values = evidence.citationsOf(fact.id).filter((c) => citationRole(c) === 'value')
  const articlesUsing = (words: string) =>
    new Set(values.filter((c) => uses(c.quote, words)).map((c) => c.article)).size
  const others = fact.value.words.filter((w) => w !== quoted && articlesUsing(w) > 0)
  // An article that uses two of the wordings is counted under each: say how many, so the parts need not add up.
  const wordingsOf = (article: string) =>
    [quoted, ...others].filter((w) => values.some((c) => c.article === article && uses(c.quote, w))).length
  const several = new Set(values.map((c) => c.article).filter((a) => wordingsOf(a) > 1)).size
  return [
    `${articlesUsing(quoted)} in these words`,
    ...others.map((w) => `${articlesUsing(w)} as “${w}”`),
    ...(several ? [`${several} in ${others.length > 1 ? 'more than one' : 'both'}`] : []),
  ]
    .map((part) => `, ${part}`)
    .join('')
}

/** The words of the caption for a fact: its key quote with article and publisher, or a derived value's formula. */
export function captionWords(fact: Fact, index: DatasetIndex, evidence: EvidenceIndex): CaptionWords {
  const citation = keyQuote(evidence, fact.id)
  const article = citation && index.articleById.get(citation.article)
  const figure = `${fact.label}: ${formatValue(fact.value)}`
  const stated = index.articleCountOf.get(fact.id) ?? 0
  if (!article || !citation)
    return { figure, quote: null, cite: null, derived: `Derived: ${formulaWithRounding(fact, index)}` }
  return {
    figure,
    quote: citation.quote,
    cite: {
      article: articleLabel(article),
      rest: `, ${articlePublisher(article)}${stated > 1 ? `${statedByWords(stated, index.dataset.articles.length)}${wordingSplit(fact, citation, evidence)}` : ''}`,
    },
    derived: null,
  }
}

/** The caption's sizes as ratios of the slide's base: the figure and the citation as notes, the quote larger. */
export const CAPTION_SCALE = { figure: 0.75, quote: 0.875, cite: 0.75 } as const

// The rule at the caption's left and the room after it, in ems of the slide's base.
export const CAPTION_INDENT = 0.75

/**
 * The height the caption keeps on a slide: that of the tallest caption any of the chart's facts would show,
 * selected, so selecting a mark never takes height from the plot. `width` is the caption's column.
 */
export function captionRoom(
  facts: readonly Fact[],
  index: DatasetIndex,
  evidence: EvidenceIndex,
  frame: Pick<ChartFrame, 'type'>,
  width: number,
): number {
  const base = frame.type.base
  const room = width - CAPTION_INDENT * base
  const lines = (text: string | null, scale: number, weight: 400 | 700 = 400) =>
    text ? wrapText(text, room * 0.97, base * scale, weight).length * base * scale * LEADING : 0
  return Math.max(
    0,
    ...facts.map((fact) => {
      const words = captionWords(fact, index, evidence)
      return (
        lines(words.figure, CAPTION_SCALE.figure, 700) +
        lines(words.quote && `“${words.quote}”`, CAPTION_SCALE.quote) +
        lines(words.cite && `— ${words.cite.article}${words.cite.rest}`, CAPTION_SCALE.cite) +
        lines(words.derived, CAPTION_SCALE.quote)
      )
    }),
  )
}
