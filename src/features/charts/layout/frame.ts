import { wrapText, type FontWeight } from '../../../lib/text-width.ts'
import type { ChartModel, ContextLine } from '../definition.ts'
import { shortSourceLines, type SourcesView } from '../source-line.ts'
import { keyEntriesFor, type KeyEntry } from './chart-key.ts'
import {
  baselineBelow,
  LEADING,
  roundScene,
  translateScene,
  type Scene,
  type SceneText,
  type TextTone,
} from './scene.ts'
import { baseFontSize, typeLadder, type Medium, type TypeLadder } from './type-ladder.ts'

/** A context line as plain words: the figures as they read on the page. */
export const contextText = (line: ContextLine) => line.map((p) => (typeof p === 'string' ? p : p.text)).join('')

/** Where an exported image points back to, and who made it. */
export const CREDIT = 'Made with cloud-market-dashboard'

/** The words of the button that opens a chart's full sources on a page. */
const SOURCES_BUTTON = 'Sources'

/** A block of text wrapped to the frame's width, with the size and weight every medium draws it in. */
export interface TextBlock {
  text: string
  lines: string[]
  size: number
  weight: FontWeight
  tone: TextTone
  /** Its height in the frame's units: lines × size × leading. */
  height: number
}

export type BlockName = 'title' | 'subtitle' | 'key' | 'context' | 'source' | 'sources'

/** The bounds a chart is framed in; `height` null lets the frame take its natural height (a card, a tall image). */
export interface FrameBounds {
  width: number
  height: number | null
}

/**
 * A chart's frame, described once: the blocks around the plot, with their words, sizes and wrapped
 * lines, and the room left to the plot. The card, the embed, the slide, the image export and the
 * PowerPoint slide all render this; a block a medium leaves out is null and `omitted` says why.
 */
export interface ChartFrame {
  medium: Medium
  width: number
  type: TypeLadder
  /** The padding around the frame and the gap between blocks. */
  pad: number
  gap: number
  title: TextBlock
  /** What the chart shows under the filters, with its period. */
  subtitle: TextBlock | null
  /** The series and kinds of mark that need a word; drawn under the plot by the chart's own layout. */
  key: { entries: KeyEntry[]; size: number }
  /** The figures that frame the chart, each with its parts (a figure opens its evidence where one can click). */
  context: { line: ContextLine; block: TextBlock }[] | null
  /** The one-line source: who produced the numbers and how many articles report them. */
  source: TextBlock | null
  /** Everything the short line leaves out: one click away on a page, a footer block in an image. */
  sources: { view: SourcesView; footer: TextBlock[] | null }
  /** The plot's box inside the frame (key included); `height` null when the frame has no fixed height. */
  plot: { x: number; y: number; width: number; height: number | null }
  /** A frame too small for its usual title and links (an embed under 240 px tall). */
  compact: boolean
  /** The blocks this medium leaves out, and why. */
  omitted: Partial<Record<BlockName, string>>
}

function block(text: string, width: number, size: number, weight: FontWeight, tone: TextTone): TextBlock {
  const lines = text ? wrapText(text, width, size, weight) : []
  return { text, lines, size, weight, tone, height: lines.length * size * LEADING }
}

const heightOf = (blocks: (TextBlock | null | undefined)[]) => blocks.reduce((h, b) => h + (b?.height ?? 0), 0)

/** The short source's most complete wording that fits one line of the frame's width, else two. */
function shortSource(view: SourcesView, width: number, size: number, button: boolean): TextBlock | null {
  const candidates = shortSourceLines(view).filter(Boolean)
  if (!candidates.length) return null
  // On a page the line ends in its "Sources" button, which must fit with it.
  const fitted = candidates.map((text) => {
    const measured = block(button ? `${text} ${SOURCES_BUTTON}` : text, width, size, 400, 'muted')
    return { ...measured, text }
  })
  return (
    fitted.find((b) => b.lines.length === 1) ?? fitted.find((b) => b.lines.length <= 2) ?? fitted[fitted.length - 1]
  )
}

/** The full sources as lines for a footer (an exported image): producers, articles, the year note, the credit. */
function sourcesFooter(model: ChartModel, width: number, size: number, link: string | undefined): TextBlock[] {
  const { sources: view } = model
  const texts = [
    view.producers.length ? `Numbers produced by ${view.producers.join('; ')}.` : '',
    view.articles.length
      ? `Reported in ${view.articles.length} of ${view.articleTotal} articles: ${view.articles.map((a) => a.name).join('; ')}.`
      : '',
    view.derived ? 'Dashed outlines mark values derived from other figures (no article states them).' : '',
    view.yearNote ?? '',
    `${CREDIT}${link ? ` · ${link}` : ''}`,
  ]
  return texts.filter(Boolean).map((t) => block(t, width, size, 400, 'muted'))
}

export interface FrameOptions {
  /** The chart's live page, credited in an image's footer. */
  link?: string
  /** Write the full sources and the credit as a footer block (an image is a file: nothing is one click away). */
  footer?: boolean
}

// Up to this height an embed keeps its room for the marks (a 640 × 360 frame): the context figures are in the full chart.
const EMBED_CONTEXT_MIN_HEIGHT = 400
// Below this height (a 320 × 180 frame) an embed's title is set at the base size, to leave the marks a few lines.
const EMBED_COMPACT_HEIGHT = 240

/**
 * The two rules above as CSS on the embed's viewport, for the built page: its frame is not known until script
 * measures it. Tailwind reads the classes as written, so the heights are repeated here, beside the constants.
 */
export const BUILT_EMBED_CLASSES = {
  /** Context figures, left out up to EMBED_CONTEXT_MIN_HEIGHT. */
  context: '[@media(max-height:400px)]:hidden',
  /** A compact frame's title, at the base size below EMBED_COMPACT_HEIGHT. */
  compactTitle: '[@media(max-height:239.98px)]:text-[1em]',
  /** What a compact frame leaves out (the dashboard link: its cue and Sources open the dashboard). */
  notCompact: '[@media(max-height:239.98px)]:hidden',
} as const

/**
 * The one frame of a chart for a medium and bounds. Pure: the same model, medium and bounds give the
 * same blocks, so every medium shows the same words and says which it leaves out.
 */
export function chartFrame(
  model: ChartModel,
  medium: Medium,
  bounds: FrameBounds,
  options: FrameOptions = {},
): ChartFrame {
  const type = typeLadder(
    baseFontSize(medium, { width: bounds.width, height: bounds.height ?? bounds.width * 0.5625 }),
    medium,
  )
  const pad = type.base
  const gap = type.base * 0.5
  const inner = bounds.width - 2 * pad
  const omitted: ChartFrame['omitted'] = {}

  const compact = medium === 'embed' && bounds.height !== null && bounds.height < EMBED_COMPACT_HEIGHT
  const title = block(model.title, inner, compact ? type.base : type.title, 700, 'strong')
  const subtitle = model.subtitle ? block(model.subtitle, inner, type.subtitle, 400, 'muted') : null
  const key = {
    entries: [...(model.bars.series ?? []), ...keyEntriesFor(model.bars.input.items.flatMap((i) => i.bars))],
    size: type.key,
  }

  let context: ChartFrame['context'] = model.context.map((line) => ({
    line,
    block: block(contextText(line), inner, type.note, 400, 'strong'),
  }))
  if (!context.length) context = null
  else if (medium === 'embed' && bounds.height !== null && bounds.height <= EMBED_CONTEXT_MIN_HEIGHT) {
    // A small iframe (a 16:9 frame in an article's column) gives its height to the marks and their values;
    // the figures that frame them stay in the full chart the embed links to.
    omitted.context = `an embed up to ${EMBED_CONTEXT_MIN_HEIGHT} px tall keeps its height for the marks`
    context = null
  }

  const source = shortSource(model.sources, inner, type.source, medium !== 'image')
  let footer: TextBlock[] | null = null
  if (medium === 'image' || options.footer) footer = sourcesFooter(model, inner, type.source, options.link)
  else {
    // On a page the full list is one click away (a Sources button); PowerPoint keeps it in the notes.
    omitted.sources = 'shown on request (a Sources button on a page, the speaker notes in a deck)'
  }

  const top = pad + title.height + (subtitle?.height ?? 0) + type.base * 0.75
  const below = heightOf(context?.map((c) => c.block) ?? []) + (source ? gap + source.height : 0)
  const footerHeight = footer ? gap + heightOf(footer) + gap * 0.5 * (footer.length - 1) : 0
  const plotHeight =
    bounds.height === null ? null : Math.max(type.base * 4, bounds.height - top - gap - below - footerHeight - pad)
  return {
    medium,
    width: bounds.width,
    type,
    pad,
    gap,
    title,
    subtitle,
    key,
    context,
    source,
    sources: { view: model.sources, footer },
    plot: { x: pad, y: top, width: inner, height: plotHeight },
    compact,
    omitted,
  }
}

/** A frame's text blocks as scene lines, one under another from `top`; returns the lines and the height used. */
function placeBlocks(blocks: TextBlock[], x: number, top: number, spacing = 0) {
  const texts: SceneText[] = []
  let y = top
  blocks.forEach((b, i) => {
    if (i > 0) y += spacing
    b.lines.forEach((line, k) =>
      texts.push({
        x,
        y: baselineBelow(y + k * b.size * LEADING, b.size),
        text: line,
        size: b.size,
        weight: b.weight,
        anchor: 'start',
        tone: b.tone,
      }),
    )
    y += b.height
  })
  return { texts, height: y - top }
}

/**
 * The frame drawn as one scene (exported images): title, subtitle, the chart and its key, the context
 * figures, the short source and, for an image, the full sources and the credit as a footer block.
 */
export function framedScene(model: ChartModel, size: FrameBounds, medium: Medium, options: FrameOptions = {}): Scene {
  const frame = chartFrame(model, medium, size, options)
  const { pad, gap, type } = frame
  const head = placeBlocks([frame.title, ...(frame.subtitle ? [frame.subtitle] : [])], pad, pad)
  const chart = model.layout({ width: frame.plot.width, height: frame.plot.height, type })
  const placed = translateScene(chart, pad, frame.plot.y)
  let y = frame.plot.y + chart.height + gap
  const context = placeBlocks(frame.context?.map((c) => c.block) ?? [], pad, y)
  y += context.height
  const source = frame.source ? placeBlocks([frame.source], pad, y + (context.height ? gap * 0.5 : 0)) : null
  if (source) y += source.height + (context.height ? gap * 0.5 : 0)
  const after = { texts: [...context.texts, ...(source?.texts ?? [])] }
  const footer = frame.sources.footer ? placeBlocks(frame.sources.footer, pad, y + gap, gap * 0.5) : null
  if (footer) y += gap + footer.height
  return roundScene({
    width: size.width,
    height: Math.max(size.height ?? 0, y + pad),
    marks: placed.marks,
    texts: [...head.texts, ...placed.texts, ...after.texts, ...(footer?.texts ?? [])],
    rules: placed.rules,
    swatches: placed.swatches,
  })
}
