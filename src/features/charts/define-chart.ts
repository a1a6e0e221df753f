import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { formatPeriod, formatValue, namedAsWords, shortYearNote, VALUE_KIND_LABELS } from '../../domain/format-fact.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import { formulaText } from '../../domain/formula-text.ts'
import type { Fact } from '../../domain/schema.ts'
import type { BarsSpec, ChartDataRow, ChartDefinition, ChartModel, FilterScope } from './definition.ts'
import type { BarItem } from './layout/bars.ts'
import { barChartScene, type LayoutFrame } from './layout/bar-chart.ts'
import type { Scene } from './layout/scene.ts'
import { sourceLine, sourcesOf } from './frame-words.ts'

/** A kind of value other than a plain figure, in words: a formula read out as the panel shows it, never as ids. */
function kindNote(f: Fact, index: DatasetIndex): string {
  const v = f.value
  if (isDerivedValue(v)) return `derived: ${formulaText(f, index)}`
  if (v.kind === 'qualitative')
    return `in the articles’ words: ${v.words.map((w) => `“${w}”`).join(', ')}; no rate given`
  return v.kind === 'stated' ? '' : VALUE_KIND_LABELS[v.kind].toLowerCase()
}

/** What a row's value is (derived, vague, …) and, where its article names it otherwise, that name, as the chart says. */
function noteOf(f: Fact, index: DatasetIndex): string | undefined {
  return [kindNote(f, index), namedAsWords(f)].filter(Boolean).join('; ') || undefined
}

const rowOf = (f: Fact, index: DatasetIndex): ChartDataRow => ({
  label: f.label,
  value: formatValue(f.value),
  period: formatPeriod(f.period),
  note: noteOf(f, index),
})

// A card asks for two frames on every render (its height in the narrowest card, then its own width);
// a few more leave room for a resize back and forth.
const LAYOUTS_KEPT = 4

/** The last few layouts asked for: a chart is laid out again only for a frame it has not just had. */
function recentLayouts(layout: (frame: LayoutFrame) => Scene) {
  const kept = new Map<string, Scene>()
  return (frame: LayoutFrame) => {
    const key = `${frame.width}|${frame.height}|${frame.type.base}|${frame.type.wordBase}|${frame.type.title}`
    let scene = kept.get(key)
    if (scene) return scene
    scene = layout(frame)
    kept.set(key, scene)
    // Maps keep insertion order: the first key is the oldest.
    if (kept.size > LAYOUTS_KEPT) kept.delete(kept.keys().next().value!)
    return scene
  }
}

// Per chart and dataset: the items the chart shows unfiltered, which size its layout under any filter.
const sizingCache = new WeakMap<object, WeakMap<DatasetIndex, BarItem[]>>()

function withSizing<Data>(
  chart: ChartDefinition<string, Data>,
  index: DatasetIndex,
  facts: readonly Fact[],
  bars: BarsSpec,
): BarsSpec {
  let perIndex = sizingCache.get(chart)
  if (!perIndex) sizingCache.set(chart, (perIndex = new WeakMap()))
  let sizing = perIndex.get(index)
  if (!sizing) {
    // Unfiltered (the first view), the items drawn are those items: no second pass over thousands of facts.
    sizing = facts === index.facts ? bars.input.items : chart.bars(chart.select(index, index.facts), index).input.items
    perIndex.set(index, sizing)
  }
  return { ...bars, input: { ...bars.input, sizing } }
}

function modelOf<Id extends string, Data>(
  chart: ChartDefinition<Id, Data>,
  index: DatasetIndex,
  facts: readonly Fact[],
  scope: FilterScope,
): ChartModel<Id> {
  const data = chart.select(index, facts)
  const empty = chart.isEmpty(data)
  const drawn = empty ? [] : chart.facts(data, index)
  const bars = withSizing(chart, index, facts, chart.bars(data, index))
  const subtitle = empty ? '' : chart.subtitle(data, scope, index)
  return {
    id: chart.id,
    title: chart.title,
    subtitle: empty ? subtitle : subtitle + (chart.caveat?.(data) ?? ''),
    subtitleAboveContext: subtitle,
    facts: drawn,
    // The key explains dashed outlines; the year note says what the asterisks mean.
    source: drawn.length ? [sourceLine(index, drawn, ''), shortYearNote(drawn)].filter(Boolean).join(' ') : '',
    // The AWS chart says its derived share in words, not as a dashed bar: its notes say nothing of outlines.
    sources: sourcesOf(
      index,
      drawn,
      bars.input.items.some((item) => item.bars.some((b) => b.kind === 'derived')),
    ),
    // Nothing drawn, nothing to summarise: the empty message speaks instead.
    summary: empty ? '' : chart.summary(data, index),
    rows: drawn.map((f) => rowOf(f, index)),
    empty: empty ? chart.emptyMessage : null,
    context: empty ? [] : chart.context(data, index),
    scope,
    bars,
    layout: recentLayouts((frame) => barChartScene(bars.input, frame, bars)),
    slots: index.slotOf,
  }
}

/**
 * A chart definition with its model builder: the registry holds charts of
 * different data types, and each builds its own model from the same inputs.
 */
export interface RegisteredChart<Id extends string = string> extends Pick<
  ChartDefinition<Id, unknown>,
  'id' | 'title' | 'fileStem' | 'emptyMessage' | 'span'
> {
  model: (index: DatasetIndex, facts: readonly Fact[], scope: FilterScope) => ChartModel<Id>
}

/** A chart's definition, registered: its id is inferred from the definition, its data type from its selector. */
export function defineChart<const Id extends string, Data>(chart: ChartDefinition<Id, Data>): RegisteredChart<Id> {
  return {
    ...chart,
    model: (index: DatasetIndex, facts: readonly Fact[], scope: FilterScope) => modelOf(chart, index, facts, scope),
  }
}
