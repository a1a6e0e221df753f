import type { SeriesSlot } from '../../config/companies.ts'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import type { LayoutFrame } from './layout/bar-chart.ts'
import type { BarChartInput } from './layout/bars.ts'
import type { KeyEntry } from './layout/chart-key.ts'
import type { Scene } from './layout/scene.ts'
import type { SourcesView } from './frame-words.ts'

/** A run of words around the figures that frame a chart; each figure opens its evidence. */
export type ContextPart = string | { fact: Fact; text: string }
export type ContextLine = ContextPart[]

/** One row of a chart's text alternative (the visually hidden table) and of its speaker notes. */
export interface ChartDataRow {
  label: string
  value: string
  period: string
  note?: string
}

/**
 * What a chart's layout is built from: bars and how it prefers to draw them (rows, columns, or a dot plot: each
 * category's values in several series on one line, such as a company's shares over quarters).
 */
export interface BarsSpec {
  input: BarChartInput
  prefer: 'rows' | 'columns' | 'dots'
  /**
   * 'time' for items oldest first (quarters, waves): a frame too short for every item keeps the latest. Otherwise
   * a ranking, which keeps its first.
   */
  order?: 'time'
  /** Series named in the key (several series per category). */
  series?: KeyEntry[]
}

/**
 * Everything one chart knows: how it selects its data from the filtered facts,
 * how it titles and summarises it, and what it draws. The dashboard, embeds,
 * slides and every export read a chart only through this definition.
 */
export interface ChartDefinition<Id extends string, Data> {
  /** The chart's id in URLs (embeds, slides) and file names; the registry's ChartId is the union of these. */
  id: Id
  title: string
  /** The start of every exported file's name. */
  fileStem: string
  /** Said instead of drawing when the filters leave the chart nothing. */
  emptyMessage: string
  /** Its width in the dashboard's two-column grid: 'full' for a chart whose many bars need a row of their own. */
  span: 'half' | 'full'
  select: (index: DatasetIndex, facts: readonly Fact[]) => Data
  isEmpty: (data: Data) => boolean
  /** Every fact the chart draws or states, in reading order. */
  facts: (data: Data, index: DatasetIndex) => Fact[]
  /** What the chart shows, filter included ("… · AWS only"). */
  subtitle: (data: Data, scope: FilterScope, index: DatasetIndex) => string
  /**
   * What the articles leave open, which the context lines say in full: it ends the subtitle where a frame leaves
   * them out ("; the articles do not say whether …"), and only there, so a card does not say it twice.
   */
  caveat?: (data: Data) => string
  /** One sentence with every drawn value, for screen readers. */
  summary: (data: Data, index: DatasetIndex) => string
  /** Figures that frame the chart, stated under it (the total of two waves, total spending), and what names them. */
  context: (data: Data, index: DatasetIndex) => ContextLine[]
  bars: (data: Data, index: DatasetIndex) => BarsSpec
}

/** The filters in words, for titles and file names: empty lists mean "everything". */
export interface FilterScope {
  filter: FactFilter
  /** "AWS", "AWS and Google Cloud", or null when no company filter is on. */
  companies: string | null
  /** "Q2 2024", "Q4 2023 and Q2 2024", or null when no period filter is on. */
  periods: string | null
}

/** A chart under the current filters: what every view and export of it reads. */
export interface ChartModel<Id extends string = string> {
  id: Id
  title: string
  /** The subtitle, ending with the chart's caveat: for every place that does not show the context lines. */
  subtitle: string
  /** The subtitle above the context lines, which say the caveat in full. */
  subtitleAboveContext: string
  facts: Fact[]
  /** The full source note in one paragraph (screen readers, the image's description, the CSV). */
  source: string
  /** Who produced the numbers and which articles report them: the frame's short source and Sources view. */
  sources: SourcesView
  summary: string
  rows: ChartDataRow[]
  /** Why nothing is drawn, or null when there is something to draw. */
  empty: string | null
  context: ContextLine[]
  scope: FilterScope
  /** What the chart draws, as bars: the input of its layout, its PowerPoint chart and its key. */
  bars: BarsSpec
  /** The chart laid out in a frame: a pure function of the frame. */
  layout: (frame: LayoutFrame) => Scene
  /** Each company's colour slot, the dataset's: the scene names companies, the paint colours slots. */
  slots: ReadonlyMap<string, SeriesSlot>
}
