import type { ChartModel } from '../../charts/index.ts'
import { contextText } from '../../charts/index.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import { formatPeriod, formatValue, shortYearNote } from '../../../domain/format-fact.ts'
import { formulaWithRounding } from '../../../domain/rounding-range.ts'
import { isDerivedValue } from '../../../domain/kinds.ts'
import type { Fact } from '../../../domain/schema.ts'

/** The most words a slide's notes run to: about a minute of speech, read at a glance before it. */
export const NOTES_WORD_LIMIT = 150

/** Words as a presenter counts them: what stands between spaces. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/**
 * "Largest stated share: AWS, 31%; smallest: Google Cloud, 11%.": a ranking of the figures the articles
 * state, of one measure, when there are three or more. A derived value (the others' 34%, an aggregate of
 * every other provider) is never ranked: it is not a figure of a company the articles name.
 */
function ranking(model: ChartModel): string {
  const bars = model.bars.input.items.flatMap((item) =>
    item.bars
      .filter((b) => b.shape === 'bar' && b.kind !== 'derived' && !b.secondary)
      .map((b) => ({
        name: [...item.label, b.caption].filter(Boolean).join(' '),
        value: b.value,
        to: b.to,
        of: b.caption,
      })),
  )
  if (bars.length < 3 || new Set(bars.map((b) => b.of)).size > 1) return ''
  const ranked = bars.toSorted((a, b) => b.to - a.to)
  const first = ranked[0]
  const last = ranked.at(-1)!
  if (first.to === last.to) return ''
  return `Largest stated: ${first.name}, ${first.value}; smallest: ${last.name}, ${last.value}.`
}

/** How well the figures are attested: "Each figure is stated by 1 of 5 articles." or the best attested one. */
function attestation(facts: readonly Fact[], index: DatasetIndex): string {
  const stated = facts.filter((f) => !isDerivedValue(f.value))
  if (!stated.length) return 'No article states what this chart shows: it is derived from figures the articles give.'
  const total = index.dataset.articles.length
  const count = (f: Fact) => index.articleCountOf.get(f.id) ?? 0
  const best = stated.toSorted((a, b) => count(b) - count(a))[0]
  const derived = stated.length < facts.length ? '; derived ones by none' : ''
  return stated.every((f) => count(f) === count(best))
    ? `Each figure is stated by ${count(best)} of ${total} articles${derived}.`
    : `Best attested: ${shortValue(best)}, stated by ${count(best)} of ${total} articles.`
}

/**
 * Two or three lines a presenter can say, from the data alone: every drawn value (the chart's
 * summary), the figures that frame them, which stated figure leads and which trails, and how
 * well the figures are attested.
 */
export function talkingPoints(model: ChartModel, index: DatasetIndex): string[] {
  const points = [model.summary, ...model.context.map(contextText), ranking(model), attestation(model.facts, index)]
  return points.filter(Boolean).slice(0, 3)
}

/** A fact as short as the notes name it: its figure, the articles' words, or when it is not reported. */
function shortValue(fact: Fact): string {
  if (fact.value.kind === 'unknown') return `${formatPeriod(fact.period)}: not reported`
  if (fact.value.kind === 'qualitative') return `“${formatValue(fact.value)}”`
  return formatValue(fact.value)
}

const unique = <T>(items: T[]) => [...new Set(items)]

/** How each value is known: the stated ones by how many articles state them, the derived ones by their formula. */
function figureLines(facts: readonly Fact[], index: DatasetIndex): string[] {
  const total = index.dataset.articles.length
  const counts = unique(facts.filter((f) => !isDerivedValue(f.value)).map((f) => index.articleCountOf.get(f.id) ?? 0))
  const stated = counts
    .toSorted((a, b) => b - a)
    .map((n) => {
      const values = unique(
        facts.filter((f) => !isDerivedValue(f.value) && (index.articleCountOf.get(f.id) ?? 0) === n).map(shortValue),
      )
      return `• Stated by ${n} of ${total} articles: ${values.join(', ')}.`
    })
  const derived = facts
    .filter((f) => isDerivedValue(f.value))
    .map((f) => `• Derived, stated by no article: ${formulaWithRounding(f, index)}.`)
  return [...stated, ...derived]
}

/**
 * A chart slide's speaker notes, at most NOTES_WORD_LIMIT words: two or three talking points first (the third where
 * the notes have room for it), then how each value is known ("stated by N of 5 articles", a derived value's formula
 * in words), what the year marks mean, and where the quotes are (the appendix slide).
 */
export function speakerNotes(model: ChartModel, index: DatasetIndex, quotesSlide: number | null): string {
  const points = talkingPoints(model, index)
  const notes = (count: number) =>
    [
      'Talking points',
      ...points.slice(0, count).map((t) => `• ${t}`),
      '',
      'Figures',
      ...figureLines(model.facts, index),
      ...[shortYearNote(model.facts) ?? ''].filter(Boolean),
      ...(quotesSlide ? [`Quotes: slide ${quotesSlide}.`] : []),
    ].join('\n')
  const all = notes(points.length)
  return points.length > 2 && wordCount(all) > NOTES_WORD_LIMIT ? notes(2) : all
}
