import { chartFrame, LEADING, type ChartModel } from '../../charts/index.ts'
import { articleSourceName } from '../../../domain/article-label.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { inferredYearNote } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { deckText } from './deck-font.ts'
import { SLIDE, type Box, type SlideText } from './slide-layout.ts'

/** One paragraph of the appendix: a chart's heading or a quote, wrapped to its column. */
export interface AppendixParagraph {
  text: string
  bold: boolean
  lines: string[]
  /** Points above it, none at the top of a column. */
  spaceBefore: number
}

export interface AppendixColumn extends Box {
  size: number
  paragraphs: AppendixParagraph[]
}

/** An appendix slide: its title, the quotes in columns, the key to the articles they cite, its notes. */
export interface QuotesSlide {
  texts: SlideText[]
  columns: AppendixColumn[]
  notes: string
}

/** A chart slide whose quotes the appendix gathers. */
export interface QuotedChart {
  slide: number
  model: ChartModel
}

// The largest body size that fits wins; below 12 pt an appendix is no longer read across a room.
const BODY_SIZES = [14, 13, 12] as const
const COLUMNS = 2

/** Facts whose quotes stand behind a value: the value's own, or a derived value's inputs'. */
const sourcedFacts = (fact: Fact, { index }: QuotedDataset) =>
  fact.inputs.length ? fact.inputs.flatMap((id) => index.factById.get(id) ?? []) : [fact]

interface Entry {
  text: string
  bold: boolean
}

/** Each chart's heading, then each quote behind its values once, with its article's number. */
function entries(charts: readonly QuotedChart[], sources: QuotedDataset, numberOf: Map<string, number>): Entry[] {
  return charts.flatMap(({ slide, model }) => {
    const quotes = new Map<string, string>()
    for (const fact of model.facts.flatMap((f) => sourcedFacts(f, sources)))
      for (const c of sources.evidence.citationsOf(fact.id))
        if (!quotes.has(c.quote)) quotes.set(c.quote, `“${c.quote}” [${numberOf.get(c.article)}]`)
    if (!quotes.size) return []
    return [
      { text: `Slide ${slide} · ${model.title}`, bold: true },
      ...[...quotes.values()].map((text) => ({ text, bold: false })),
    ]
  })
}

/**
 * Paragraphs filled into columns of `height`, a heading kept with what follows it; one list per column.
 * A chart's quotes that run on to the next slide (every `COLUMNS` columns) are headed again, "(continued)".
 */
function fill(entries: Entry[], size: number, width: number, height: number): AppendixParagraph[][] {
  const line = size * LEADING
  const columns: AppendixParagraph[][] = [[]]
  let used = 0
  let heading: Entry | null = null
  const place = (entry: Entry) => {
    const lines = deckText.wrapText(entry.text, width, size, entry.bold ? 700 : 400)
    const spaceBefore = columns.at(-1)!.length ? (entry.bold ? size : size * 0.5) : 0
    columns.at(-1)!.push({ ...entry, lines, spaceBefore })
    used += spaceBefore + lines.length * line
  }
  const heightOf = (entry: Entry | undefined) =>
    entry ? deckText.wrapText(entry.text, width, size, entry.bold ? 700 : 400).length * line + size : 0
  entries.forEach((entry, i) => {
    if (entry.bold) heading = entry
    // A heading needs the first line of what follows it in the same column.
    const needed = heightOf(entry) + (entry.bold ? heightOf(entries[i + 1]) : 0)
    if (used + needed > height && columns.at(-1)!.length) {
      columns.push([])
      used = 0
      if (!entry.bold && heading && (columns.length - 1) % COLUMNS === 0)
        place({ text: `${heading.text} (continued)`, bold: true })
    }
    place(entry)
  })
  return columns
}

/**
 * The appendix: every quote behind the deck's figures, as the articles print them, grouped by the
 * slide they support, each with the number of its article in the key at the foot. Set at the largest
 * size from 14 pt down to 12 pt that fits one slide in two columns, else over two slides (or more),
 * measured in the deck's font. Pure.
 */
export function quotesSlides(charts: readonly QuotedChart[], sources: QuotedDataset): QuotesSlide[] {
  const { index } = sources
  const numberOf = new Map(index.dataset.articles.map((a, i) => [a.id, i + 1]))
  const body = entries(charts, sources, numberOf)
  if (!body.length) return []
  const cited = index.dataset.articles.filter((a) => body.some((e) => e.text.endsWith(`[${numberOf.get(a.id)}]`)))
  const frame = chartFrame(charts[0].model, 'slide', SLIDE)
  const { pad, gap, type } = frame
  const w = SLIDE.width - 2 * pad
  const text = (
    words: string,
    y: number,
    size: number,
    bold = false,
    tone: SlideText['tone'] = 'strong',
  ): SlideText => {
    const lines = deckText.wrapText(words, w, size, bold ? 700 : 400)
    return {
      x: pad,
      y,
      w,
      lines,
      size,
      weight: bold ? 700 : 400,
      tone,
      align: 'left',
      h: lines.length * size * LEADING,
    }
  }
  const subtitle = text(
    'As the articles print them, grouped by the slide whose figures they support; [n] is the article in the key below.',
    0,
    type.subtitle,
    false,
    'muted',
  )
  const keyWords = `Articles: ${cited.map((a) => `[${numberOf.get(a.id)}] ${articleSourceName(a)}`).join('; ')}.`
  const key = text(keyWords, 0, type.source, false, 'muted')
  const columnWidth = (w - gap * 2 * (COLUMNS - 1)) / COLUMNS

  const titled = (n: number, of: number) =>
    text(`Quotes behind the figures${of > 1 ? ` (${n} of ${of})` : ''}`, pad, type.title, true)
  const top = pad + titled(1, 1).h + subtitle.h + gap
  const keyTop = SLIDE.height - pad * 0.5 - key.h
  const height = keyTop - gap - top
  // Ends: at the smallest size the quotes fill a fixed number of columns, and some number of slides holds them.
  for (let slides = 1; ; slides++) {
    for (const size of BODY_SIZES) {
      const columns = fill(body, size, columnWidth, height)
      if (columns.length > slides * COLUMNS) continue
      const count = Math.ceil(columns.length / COLUMNS)
      return Array.from({ length: count }, (_, s) => {
        const title = titled(s + 1, count)
        return {
          texts: [title, { ...subtitle, y: title.y + title.h }, { ...key, y: keyTop }],
          columns: columns.slice(s * COLUMNS, (s + 1) * COLUMNS).map((paragraphs, c) => ({
            x: pad + c * (columnWidth + gap * 2),
            y: top,
            w: columnWidth,
            h: height,
            size,
            paragraphs,
          })),
          notes: s === 0 ? appendixNotes(charts, sources) : 'The quotes continue from the previous slide.',
        }
      })
    }
  }
}

/** The appendix's notes: what the slide holds, and how the years the deck marks with * are known. */
function appendixNotes(charts: readonly QuotedChart[], { index }: QuotedDataset): string {
  const facts = charts.flatMap((c) => c.model.facts)
  return [
    'Every quote behind the figures of this deck, as the articles print them; the key names each article.',
    inferredYearNote(index, facts) ?? '',
  ]
    .filter(Boolean)
    .join('\n\n')
}
