import { formatAmount } from '../../../lib/format.ts'
import { formatPeriod, formatValue } from '../../../domain/format-fact.ts'
import { barSpecOf, largestValue } from '../bar-spec.ts'
import { defineChart } from '../define-chart.ts'
import type { ContextLine, FilterScope } from '../definition.ts'
import { listWords } from '../filter-scope.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import { byMetric, perIndex } from '../select-helpers.ts'
import type { Fact } from '../../../domain/schema.ts'
import { selectLayoffs, type LayoffData } from './select.ts'

/** Every wave and total of the dataset on one scale: a filter that leaves one small wave does not blow it up. */
const wavesScale = perIndex((index) => largestValue(byMetric(index.facts, 'layoffs')))

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'] as const
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n)

/** A total drawn beside the waves: named as a total so it never reads as one wave. */
function totalItem(total: Fact, company: string) {
  const when = formatPeriod(total.period)
  const waves = `${countWord(total.layoff?.waves ?? 1)} waves`
  return { key: total.id, label: [when, `${company}, ${waves}`], bars: [barSpecOf(total, `${total.label}, ${when}`)] }
}

/** What the articles leave open: whether a wave they give apart is one of a total's waves. */
function overlapLine({ total, wave }: LayoffData['overlaps'][number]): ContextLine {
  return [
    'The articles do not say whether the ',
    { fact: wave, text: formatValue(wave.value) },
    ` of ${formatPeriod(wave.period)} are one of the ${countWord(total.layoff?.waves ?? 1)} waves that total `,
    { fact: total, text: formatValue(total.value) },
    '; nothing is drawn or derived that assumes either.',
  ]
}

/**
 * What the articles leave open, said at the end of the subtitle where a frame leaves the context out. One
 * question is said in full; several are counted, each said in full in the context lines, so a subtitle stays a line
 * or two however many there are.
 */
function openQuestion({ overlaps }: LayoffData): string {
  // Waves, not pairs: one wave two totals may include is one open question about one wave.
  const waves = new Set(overlaps.map((o) => o.wave.id)).size
  if (waves > 1) return `; for ${countWord(waves)} waves the articles do not say whether each is one of a total’s waves`
  return overlaps
    .map(
      ({ total, wave }) =>
        `; the articles do not say whether the ${formatValue(wave.value)} is one of the ${countWord(total.layoff?.waves ?? 1)} waves of ${formatValue(total.value)}`,
    )
    .join('')
}

/**
 * Where the waves stand in time: a total the articles date only "in prior years" is drawn first, but
 * that does not place it before the dated waves, and the subtitle says so.
 */
function order({ waves, totals }: LayoffData): string {
  if (!totals.length || !waves.length) return 'in time order'
  return totals.some((t) => !t.period.value) ? 'by date, undated first' : 'totals first, then by date'
}

function subtitle(data: LayoffData, scope: FilterScope, index: DatasetIndex): string {
  const { waves, totals, omitted } = data
  const when = scope.periods ? ` · ${scope.periods} only` : ''
  if (omitted) {
    return `The ${waves.length} most recent of ${waves.length + omitted} waves, ${order(data)}; the dashboard’s table lists them all${when}`
  }
  const companies = [...new Set([...totals, ...waves.map((w) => w.fact)].map((f) => f.company))]
  const names = listWords(companies.map((id) => index.companyById.get(id)?.name ?? id))
  return `Job cuts at ${names}, ${order(data)}${when}`
}

/**
 * Layoff waves in time order, after the totals the articles date only "in prior years". Exact counts
 * are solid bars, vague ones a hatched band over the literal reading of the words, and an unreported
 * count an open marker on the baseline: nothing unknown is drawn as if it were measured, and nothing
 * is derived from a total and a wave the articles never relate (the context says so).
 */
export const layoffsChart = defineChart({
  id: 'layoffs',
  title: 'Amazon layoff waves',
  fileStem: 'amazon-layoff-waves',
  emptyMessage: 'No layoff figures match the current filters.',
  // Up to 16 waves, each with a label: too many for half a row.
  span: 'full',
  select: selectLayoffs,
  isEmpty: (data) => data.waves.length + data.totals.length === 0,
  facts: (data) => [...data.totals, ...data.waves.map((w) => w.fact)],
  subtitle,
  caveat: openQuestion,
  summary: (data) =>
    `Layoff waves in time order: ${[
      ...data.totals.map((t) => `${formatPeriod(t.period)}, ${t.label}: ${formatValue(t.value)} in total`),
      ...data.waves.map(
        (w) =>
          `${formatPeriod(w.fact.period)}, ${w.label}: ${formatValue(w.fact.value)}${w.kind === 'derived' ? ' (derived)' : ''}`,
      ),
    ].join('; ')}.`,
  context: (data) => data.overlaps.map(overlapLine),
  bars: (data, index) => ({
    prefer: 'columns',
    order: 'time',
    input: {
      items: [
        ...data.totals.map((t) => totalItem(t, index.companyById.get(t.company)?.name ?? t.company)),
        ...data.waves.map((w) => {
          const when = formatPeriod(w.fact.period)
          return { key: w.factId, label: [when, w.name], bars: [barSpecOf(w.fact, `${w.label}, ${when}`)] }
        }),
      ],
      domainMax: wavesScale(index),
      formatTick: (v) => formatAmount(v, 'people'),
      axis: true,
    },
  }),
})
