import type { ChartModel } from '../../charts/index.ts'
import { articlePublisher, articleLabel } from '../../../domain/article-label.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue, inferredYearNote } from '../../../domain/format-fact.ts'
import type { ArticleMeta, Fact } from '../../../domain/schema.ts'
import { formulaText } from '../../../domain/formula-text.ts'
import { contextText } from '../../charts/index.ts'
import { deckSourceLine } from './slide-text.ts'

const unique = <T>(items: T[]) => [...new Set(items)]

/** "AWS cuts several hundred jobs …, Computer Weekly", as the slide captions name articles. */
const articleName = (a: ArticleMeta) => `${articleLabel(a)}, ${articlePublisher(a)}`

/** Quotes already written in these notes: each is written once, later values point back to it. */
type Seen = Set<string>

function quoteLines(fact: Fact, { index, evidence }: QuotedDataset, indent: string, seen: Seen): string[] {
  const fresh = evidence.citationsOf(fact.id).filter((c) => !seen.has(c.quote))
  const repeated = evidence.citationsOf(fact.id).length - fresh.length
  for (const c of fresh) seen.add(c.quote)
  return [
    ...unique(
      fresh.map((c) => {
        const article = index.articleById.get(c.article)
        return `${indent}“${c.quote}” — ${article ? articleName(article) : c.article}`
      }),
    ),
    ...(repeated ? [`${indent}(and ${repeated === 1 ? 'a quote' : `${repeated} quotes`} given above)`] : []),
  ]
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
  if (event?.inferred) lines.push(`Made known ${formatPeriod(event)} (inferred: ${event.basis})`)
  return lines
}

/** One value's evidence: its quotes with their articles, how many articles state it, inferred dates, or its formula. */
function factNotes(fact: Fact, sources: QuotedDataset, seen: Seen): string[] {
  const { index } = sources
  const head = `• ${fact.label}, ${formatPeriod(fact.period)}: ${formatValue(fact.value)} (${VALUE_KIND_LABELS[fact.value.kind].toLowerCase()})`
  if (fact.value.kind === 'derived') {
    const inputs = fact.inputs.flatMap((id) => {
      const input = index.factById.get(id)
      return input
        ? [`  From ${input.label}: ${formatValue(input.value)}`, ...quoteLines(input, sources, '    ', seen)]
        : []
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
    ...quoteLines(fact, sources, '  ', seen),
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
    const date = `${formatPeriod({ ...a.date, inferred: false })}${a.date.inferred ? `, inferred: ${a.date.basis}` : ''}`
    return [`• ${articleName(a)}; dated ${date}`]
  })
}

/**
 * Two or three lines a presenter can say, from the data alone: every drawn value (the chart's
 * summary), the figures that frame them, and which value leads and which trails.
 */
export function talkingPoints(model: ChartModel): string[] {
  const bars = model.bars.input.items.flatMap((item) =>
    item.bars
      .filter((b) => b.shape === 'bar' && !b.secondary && b.to > 0)
      .map((b) => ({ name: [...item.label, b.caption].filter(Boolean).join(' '), value: b.value, to: b.to })),
  )
  const ranked = bars.toSorted((a, b) => b.to - a.to)
  const spread =
    ranked.length > 2
      ? `Largest: ${ranked[0].name}, ${ranked[0].value}; smallest: ${ranked.at(-1)!.name}, ${ranked.at(-1)!.value}.`
      : ''
  return [model.summary, ...model.context.map(contextText), spread].filter(Boolean).slice(0, 3)
}

/**
 * A slide's speaker notes: talking points first, then the evidence once: for every value the chart
 * shows or states, its supporting quotes (each quote written once) with each article's title and
 * publisher, "stated by N of 5 articles", inferred dates, and for a derived value its formula in words.
 */
export function speakerNotes(model: ChartModel, sources: QuotedDataset): string {
  const { index } = sources
  const seen: Seen = new Set()
  const sections = [
    [model.title, model.subtitle].filter(Boolean).join(' — '),
    ['Talking points:', ...talkingPoints(model).map((t) => `• ${t}`)].join('\n'),
    'Evidence:',
    ...model.facts.map((f) => factNotes(f, sources, seen).join('\n')),
    ['Articles quoted:', ...articleLines(model.facts, index)].join('\n'),
    inferredYearNote(index, model.facts) ?? '',
    deckSourceLine(model, index),
  ]
  return sections.filter(Boolean).join('\n\n')
}
