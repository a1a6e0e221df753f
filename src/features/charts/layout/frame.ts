import { textWidth, wrapText, type FontWeight } from '../../../lib/text-width.ts'
import type { ChartModel, ContextLine } from '../definition.ts'
import {
  DASHBOARD_LINK,
  shortSourceLines,
  SOURCES_BUTTON,
  sourcesFooterTexts,
  type SourcesView,
} from '../frame-words.ts'
import { keyEntriesFor, type KeyEntry } from './chart-key.ts'
import { LEADING, type TextTone } from './scene.ts'
import { BASE_FONT_SIZE, baseFontSize, FONT_SCALE, typeLadder, type Medium, type TypeLadder } from './type-ladder.ts'

/** A context line as plain words: the figures as they read on the page. */
export const contextText = (line: ContextLine) => line.map((p) => (typeof p === 'string' ? p : p.text)).join('')

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

export type BlockName = 'title' | 'subtitle' | 'key' | 'context' | 'source' | 'sources' | 'links' | 'marks'

/** The bounds a chart is framed in; `height` null lets the frame take its natural height (a card, a tall image). */
export interface FrameBounds {
  width: number
  height: number | null
}

/**
 * Room around and between a frame's blocks, per medium, in units of its base size: the HTML renderer and the
 * files both space blocks by these, so the heights the frame adds up are the heights a page lays out.
 */
const FRAME_SPACING = {
  card: { pad: 1, gap: 0.5 },
  embed: { pad: 0.75, gap: 0.375 },
  slide: { pad: 1, gap: 0.5 },
  image: { pad: 1, gap: 0.5 },
} as const satisfies Record<Medium, { pad: number; gap: number }>

/**
 * A page wraps its own text, with the browser's widths, which may run up to 3 % wider than the font's tables
 * (decision 0002): the frame wraps a page's blocks a little narrower, so the page never needs a line more.
 */
export const PAGE_WRAP = 0.97

/** Between the items of an embed's links line (Download data, its date, How to cite), in ems of its text. */
export const LINKS_GAP = 0.75

/**
 * A chart's frame, described once: the blocks around the plot, with their words, sizes and wrapped
 * lines, and the room left to the plot. The card, the embed, the slide, the image export and the
 * PowerPoint slide all render this; a block a medium leaves out is null and `omitted` says why.
 */
export interface ChartFrame {
  medium: Medium
  width: number
  /** The frame's height: the bounds' when fixed, else the blocks' natural total. */
  height: number
  /** Whether the frame's height is fixed (an iframe, a slide) or follows its content. */
  fixed: boolean
  type: TypeLadder
  /** The padding around the frame and the gap between blocks. */
  pad: number
  gap: number
  title: TextBlock
  /** What shares the title's line on a page (an embed's link to the dashboard), or null. */
  aside: TextBlock | null
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
  /** An embed's line of links under the source (the data, its date, how to cite), and how many lines it wraps to. */
  links: { items: string[]; size: number; height: number } | null
  /** The plot's box inside the frame (key included); `height` null when the frame has no fixed height. */
  plot: { x: number; y: number; width: number; height: number | null }
  /**
   * How many marks a fixed frame's plot cuts off at its foot even at the smallest readable size: whether its type
   * shrinks, and the omitted note. The cue counts what the cut leaves out (cutChart), a time series' earliest.
   */
  hidden: number
  /** A frame too small for its usual title and links (an embed under 240 px tall). */
  compact: boolean
  /**
   * A fixed frame whose blocks leave the plot less than a few lines: it scrolls rather than drop a fact, with the
   * plot at that minimum.
   */
  scrolls: boolean
  /** The blocks this medium leaves out, and why. */
  omitted: Partial<Record<BlockName, string>>
}

function block(
  text: string,
  width: number,
  size: number,
  weight: FontWeight,
  tone: TextTone,
  pretty = true,
): TextBlock {
  const lines = text ? wrapText(text, width, size, weight, pretty) : []
  return { text, lines, size, weight, tone, height: lines.length * size * LEADING }
}

const heightOf = (blocks: (TextBlock | null | undefined)[]) => blocks.reduce((h, b) => h + (b?.height ?? 0), 0)

// A page's buttons and links are set in a medium weight the width tables do not hold: measured as bold, which is wider.
export const LINK_WEIGHT = 700

/**
 * The short source's most complete wording that fits one line of the frame's width, else two; unless `counted`,
 * the last wording (the producers counted, where there are several) only where no other fits in two lines, as a name
 * says where the numbers come from and a count does not. A frame gives that up for its marks (`chartFrame`).
 */
function shortSource(view: SourcesView, width: number, size: number, button: boolean, counted?: boolean) {
  const candidates = shortSourceLines(view).filter(Boolean)
  if (!candidates.length) return null
  // On a page the line ends in its Sources button, which must fit with it, under either of its names.
  const buttonWidth = textWidth(` ${SOURCES_BUTTON.open}`, size, LINK_WEIGHT)
  const fitted = candidates.map((text) => {
    // Followed by its button, the source's last word is not alone on its line: no word need move down to it.
    const measured = block(text, width, size, 400, 'muted', !button)
    const last = measured.lines.at(-1) ?? ''
    const extra = button && textWidth(last, size) + buttonWidth > width ? 1 : 0
    return { ...measured, height: measured.height + extra * size * LEADING }
  })
  const lines = (b: TextBlock) => b.height / (b.size * LEADING)
  // The count is the last wording only where several producers are named (shortSourceLines); one producer's last
  // wording still names it.
  const preferred = counted || view.producerNames.length < 2 ? fitted : fitted.slice(0, -1)
  return preferred.find((b) => lines(b) === 1) ?? preferred.find((b) => lines(b) <= 2) ?? fitted.at(-1)!
}

/** Items flowed into lines as flex-wrap does, `gap` apart: each item's line and left edge. */
export function flowItems(items: string[], width: number, size: number, gap: number) {
  let line = -1
  let x = Infinity
  return items.map((text) => {
    const w = textWidth(text, size, LINK_WEIGHT)
    if (x + gap + w > width) {
      line++
      x = 0
    } else x += gap
    const placed = { text, x, line }
    x += w
    return placed
  })
}

export interface FrameOptions {
  /** The chart's live page, credited in an image's footer. */
  link?: string
  /** Write the full sources and the credit as a footer block (an image is a file: nothing is one click away). */
  footer?: boolean
  /** The words of an embed's links line under its source, one item each. */
  links?: string[]
  /** The short source may count its producers in one line rather than name one in two (`shortSource`). */
  counted?: boolean
}

// Up to this height an embed or a slide is short: it keeps its room for the marks (a 640 × 360 frame, a phone on its
// side), its context figures being in the full chart, and a slide's caption takes only its own words' room.
export const SHORT_FRAME_HEIGHT = 400
// Below this height (a 320 × 180 frame) an embed's title is set at the base size, to leave the marks a few lines.
export const EMBED_COMPACT_HEIGHT = 240

/** The frame's blocks and plot at one base size. */
function frameAt(
  model: ChartModel,
  medium: Medium,
  bounds: FrameBounds,
  base: number,
  options: FrameOptions,
): ChartFrame {
  const type = typeLadder(base, medium)
  const page = medium !== 'image' && !options.footer
  const pad = type.base * FRAME_SPACING[medium].pad
  const gap = type.base * FRAME_SPACING[medium].gap
  const inner = bounds.width - 2 * pad
  const wrap = page ? inner * PAGE_WRAP : inner
  const omitted: ChartFrame['omitted'] = {}

  const compact = medium === 'embed' && bounds.height !== null && bounds.height < EMBED_COMPACT_HEIGHT
  // An embed's title shares its line with the link to the dashboard (a compact frame's cue and Sources open it).
  const aside =
    medium === 'embed' && !compact ? block(`${DASHBOARD_LINK} ↗`, Infinity, type.source, LINK_WEIGHT, 'strong') : null
  const asideWidth = aside ? textWidth(aside.text, aside.size, LINK_WEIGHT) + type.base * 0.75 : 0
  const title = block(model.title, wrap - asideWidth, compact ? type.base : type.title, 700, 'strong')
  const key = {
    entries: [...(model.bars.series ?? []), ...keyEntriesFor(model.bars.input.items.flatMap((i) => i.bars))],
    size: type.key,
  }

  let context: ChartFrame['context'] = model.context.map((line) => ({
    line,
    block: block(contextText(line), wrap, type.note, 400, 'strong'),
  }))
  if (!context.length) context = null
  else if (
    (medium === 'embed' || medium === 'slide') &&
    bounds.height !== null &&
    bounds.height <= SHORT_FRAME_HEIGHT
  ) {
    // A small iframe (a 16:9 frame in an article's column) or a short slide (a phone on its side) gives its height
    // to the marks and their values; the figures that frame them stay in the full chart both link to.
    omitted.context = `an embed or a slide up to ${SHORT_FRAME_HEIGHT} px tall keeps its height for the marks`
    context = null
  }

  // Where the context lines are shown, they say the caveat: the subtitle leaves it to them.
  const subtitleText = context ? model.subtitleAboveContext : model.subtitle
  const subtitle = subtitleText ? block(subtitleText, wrap, type.subtitle, 400, 'muted') : null
  const source = shortSource(model.sources, wrap, type.source, page, options.counted)
  let footer: TextBlock[] | null = null
  if (!page) {
    const footerOf = (shortYear: boolean) =>
      sourcesFooterTexts(model.sources, options.link, shortYear).map((t) => block(t, inner, type.source, 400, 'muted'))
    footer = footerOf(false)
    // A fixed image (a slide) keeps most of its height for the chart: past a quarter of it, the footer's longest
    // paragraph, the years' full account, gives way to one line pointing to it.
    if (bounds.height !== null && heightOf(footer) > bounds.height / 4) {
      footer = footerOf(true)
    }
  } else {
    // On a page the full list is one click away (a Sources button); PowerPoint keeps it in the notes.
    omitted.sources = 'shown on request (a Sources button on a page, the speaker notes in a deck)'
  }
  const links =
    medium === 'embed' && options.links?.length
      ? {
          items: options.links,
          size: type.source,
          height:
            (flowItems(options.links, wrap, type.source, type.source * LINKS_GAP).at(-1)!.line + 1) *
            type.source *
            LEADING,
        }
      : null

  // Blocks stack `gap` apart; an image's head keeps a little more room above the plot, as it always has.
  const head = heightOf([title, subtitle])
  const top = pad + head + (page ? gap : type.base * 0.75)
  const under = [...(context?.map((c) => c.block.height) ?? []), source?.height ?? 0, links?.height ?? 0].filter(
    (h) => h > 0,
  )
  const below = under.reduce((h, b) => h + gap + b, 0)
  const footerHeight = footer ? gap + heightOf(footer) + gap * 0.5 * (footer.length - 1) : 0
  const room = bounds.height === null ? null : bounds.height - top - below - footerHeight - pad
  const plotHeight = room === null ? null : Math.max(type.base * 4, room)
  const natural =
    plotHeight ?? (medium === 'image' ? model.layout({ width: inner, height: null, type }).height : cardHeight(model))
  return {
    medium,
    width: bounds.width,
    height: bounds.height ?? top + natural + below + footerHeight + pad,
    fixed: bounds.height !== null,
    type,
    pad,
    gap,
    title,
    aside,
    subtitle,
    key,
    context,
    source,
    sources: { view: model.sources, footer },
    links,
    plot: { x: pad, y: top, width: inner, height: plotHeight },
    hidden: 0,
    compact,
    scrolls: room !== null && room < type.base * 4,
    omitted,
  }
}

/** The content width of a dashboard card on a 320 px phone: cards are as tall as the chart needs there. */
export const NARROWEST_CARD_WIDTH = 254

/** A card's type: fixed, whatever its width. */
export const CARD_TYPE = typeLadder(baseFontSize('card', { width: 0, height: null }), 'card')

/**
 * A card's chart height: its natural height in the narrowest card, so it never depends on the screen (a built
 * card is that tall before script measures it). A responsive embed's chart, which reads like a card, too.
 */
export const cardHeight = (model: ChartModel) =>
  model.layout({ width: NARROWEST_CARD_WIDTH, height: null, type: CARD_TYPE }).height

/** The smallest text a frame sets (its source and axis lines), in px: a fixed frame shrinks its type to this, no further. */
export const MIN_TEXT_SIZE = 10
const MIN_BASE = MIN_TEXT_SIZE / Math.min(...Object.values(FONT_SCALE))

/** The marks a frame's plot cannot show: those whose box ends below it. */
function hiddenMarks(model: ChartModel, frame: ChartFrame): number {
  if (frame.plot.height === null || model.empty) return 0
  const { height } = frame.plot
  const scene = model.layout({ width: frame.plot.width, height, type: frame.type })
  if (scene.height <= height + 0.5) return 0
  return new Set(scene.marks.filter((m) => m.box.y + m.box.height > height + 0.5).map((m) => m.factId)).size || 1
}

/**
 * The one frame of a chart for a medium and bounds. Pure: the same model, medium and bounds give the
 * same blocks, so every medium shows the same words and says which it leaves out. A fixed page frame (an
 * embed, a slide) too small for every mark at its size sets its type smaller, down to the smallest readable
 * size; what still does not fit is counted in `hidden`.
 */
export function chartFrame(
  model: ChartModel,
  medium: Medium,
  bounds: FrameBounds,
  options: FrameOptions = {},
): ChartFrame {
  const nominal = baseFontSize(medium, bounds)
  const frame = frameAt(model, medium, bounds, nominal, options)
  const shrinks = (medium === 'embed' || medium === 'slide') && bounds.height !== null && !model.empty
  const fits = (f: ChartFrame) => !f.scrolls && hiddenMarks(model, f) === 0
  if (!shrinks || fits(frame)) return frame
  // What gives way for the marks, first to last: a source that names a producer, the links, then the type's size.
  options = { ...options, counted: true }
  const counted = frameAt(model, medium, bounds, nominal, options)
  if (fits(counted)) return counted
  // The largest base from `lo` (which fits) to `hi` (which does not) that shows every mark, to a quarter of a pixel.
  const largest = (lo: number, hi: number, at: (base: number) => ChartFrame) => {
    while (hi - lo > 0.25) {
      const mid = (lo + hi) / 2
      if (fits(at(mid))) lo = mid
      else hi = mid
    }
    return at(lo)
  }
  // A large embed (1,024 × 576) keeps its links (the data, its date, how to cite) with its type a little smaller, no
  // smaller than a card's; a small one gives its height to the marks first and moves them into its Sources panel.
  const linked = (base: number) => frameAt(model, medium, bounds, base, options)
  if (options.links?.length && nominal > BASE_FONT_SIZE && fits(linked(BASE_FONT_SIZE))) {
    return largest(BASE_FONT_SIZE, nominal, linked)
  }
  const bare = { ...options, links: undefined }
  const at = (base: number) => {
    const f = frameAt(model, medium, bounds, base, bare)
    if (options.links?.length) f.omitted.links = 'in the Sources panel: the frame keeps its height for the marks'
    return f
  }
  const unlinked = at(nominal)
  if (fits(unlinked) || nominal <= MIN_BASE) return unlinked
  const smallest = at(MIN_BASE)
  const hidden = hiddenMarks(model, smallest)
  if (!fits(smallest)) {
    if (hidden > 0) omittedMarks(smallest, hidden)
    // An embed or a slide counts what it leaves out in a cue and links to the whole chart: a slide is shown, not
    // scrolled, and what is scrolled out of sight says nothing of being there.
    return { ...smallest, hidden }
  }
  return largest(MIN_BASE, nominal, at)
}

function omittedMarks(frame: ChartFrame, hidden: number) {
  frame.omitted.marks = `${hidden} mark${hidden === 1 ? '' : 's'} do not fit at the smallest readable size`
}
