import { formatPeriodValue } from '../../../lib/period'
import type { ChartModel } from '../../charts/definition'
import { articlePublisher, articleLabel } from '../../dataset/article-label'
import type { DatasetIndex } from '../../dataset/dataset-index'
import type { QuotedDataset } from '../../dataset/evidence-index'
import { VALUE_KIND_LABELS, formatPeriod, formatValue, inferredYearNote } from '../../dataset/format-fact'
import type { ArticleMeta, Fact } from '../../dataset/schema'
import { formulaText } from '../../evidence/formula-text'
import { deckSourceLine } from './slide-text'

const unique = <T>(items: T[]) => [...new Set(items)]

/** "AWS cuts several hundred jobs …, Computer Weekly", as the slide captions name articles. */
const articleName = (a: ArticleMeta) => `${articleLabel(a)}, ${articlePublisher(a)}`

function quoteLines(fact: Fact, { index, evidence }: QuotedDataset, indent: string): string[] {
  return evidence.citationsOf(fact.id).map((c) => {
    const article = index.articleById.get(c.article)
    return `${indent}“${c.quote}” — ${article ? articleName(article) : c.article}`
  })
}

function stating(fact: Fact, index: DatasetIndex): string {
  const total = index.dataset.articles.length
  return `Stated by ${index.articleCountOf.get(fact.id) ?? 0} of ${total} articles.`
}

/** Dates the articles imply but do not print, said as such. */
function inferredDates(fact: Fact): string[] {
  const lines: string[] = []
  if (fact.period.inferred && fact.period.value) lines.push(`Period inferred: ${formatPeriod(fact.period)}.`)
  const event = fact.layoff?.eventDate
  if (event?.inferred) lines.push(`Announced ${formatPeriodValue(event.value)} (inferred: ${event.basis})`)
  return lines
}

/** One value's evidence: its quotes with their articles, how many articles state it, inferred dates, or its formula. */
function factNotes(fact: Fact, sources: QuotedDataset): string[] {
  const { index } = sources
  const head = `• ${fact.label}, ${formatPeriod(fact.period)}: ${formatValue(fact.value)} (${VALUE_KIND_LABELS[fact.value.kind].toLowerCase()})`
  if (fact.value.kind === 'derived') {
    const inputs = fact.inputs.flatMap((id) => {
      const input = index.factById.get(id)
      return input ? [`  From ${input.label}: ${formatValue(input.value)}`, ...quoteLines(input, sources, '    ')] : []
    })
    return [
      head,
      `  Derived, stated by no article: ${formulaText(fact, index)}`,
      ...inputs,
      ...inferredDates(fact).map((l) => `  ${l}`),
    ]
  }
  return [
    head,
    ...quoteLines(fact, sources, '  '),
    `  ${stating(fact, index)}`,
    ...inferredDates(fact).map((l) => `  ${l}`),
  ]
}

/** The articles quoted on a slide, each with its title, publisher and date (inferred ones with their basis). */
function articleLines(facts: Fact[], index: DatasetIndex): string[] {
  const ids = unique(
    facts.flatMap((f) => [
      ...f.citations.map((c) => c.article),
      ...f.inputs.flatMap((id) => index.factById.get(id)?.citations.map((c) => c.article) ?? []),
    ]),
  ).sort()
  return ids.flatMap((id) => {
    const a = index.articleById.get(id)
    if (!a) return []
    const date = `${formatPeriodValue(a.date.value)}${a.date.inferred ? `, inferred: ${a.date.basis}` : ''}`
    return [`• ${articleName(a)}; dated ${date}`]
  })
}

/**
 * A slide's speaker notes: for every value the chart shows or states, its
 * supporting quotes with each article's title and publisher, "stated by N of
 * 5 articles", inferred dates, and for a derived value its formula in words.
 */
export function speakerNotes(model: ChartModel, sources: QuotedDataset): string {
  const { index } = sources
  const sections = [
    [model.title, model.subtitle].filter(Boolean).join(' — '),
    ...model.facts.map((f) => factNotes(f, sources).join('\n')),
    ['Articles quoted:', ...articleLines(model.facts, index)].join('\n'),
    inferredYearNote(index, model.facts) ?? '',
    deckSourceLine(model, index),
  ]
  return sections.filter(Boolean).join('\n\n')
}
