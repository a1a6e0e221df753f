import { beforeAll, describe, expect, it } from 'vitest'

import { formatAmount } from '../../lib/format.ts'
import { formatPeriodKey, type PeriodKey } from '../../lib/period.ts'
import { articleSourceName } from '../../domain/article-label.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { Dataset, type Fact, type FactValue } from '../../domain/schema.ts'
import { citationRole } from '../../domain/kinds.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { selectAwsResults, MAX_QUARTERS } from './aws-results/select.ts'
import { buildChartModel } from './chart-model.ts'
import { selectLayoffs, LAYOFF_LIMITS } from './layoffs/select.ts'
import { selectMarketShare } from './market-share/select.ts'
import { CHART_IDS, CHART_REGISTRY, type ChartId } from './registry.ts'
import { typeLadder } from './layout/type-ladder.ts'
import { sourceLine } from './frame-words.ts'
import { formatPeriod, formatValue, periodKeyLabel } from '../../domain/format-fact.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

const NONE: FactFilter = { companies: [], periods: [] }

const model = (id: ChartId, filter: FactFilter = NONE, index = real) =>
  buildChartModel(id, index, filterFacts(index, filter), filter)

/** What each chart selects, straight from its selector: the model must draw and state exactly this. */
const selected = (index: DatasetIndex, filter: FactFilter = NONE) => {
  const facts = filterFacts(index, filter)
  return {
    share: selectMarketShare(index, facts),
    results: selectAwsResults(index, facts),
    layoffs: selectLayoffs(index, facts),
  }
}

/**
 * The charts whose facts and summaries these tests spell out by hand. Every chart of the registry gets the
 * checks that hold for any chart; a new chart adds its own expectations beside its selector (select.test.ts).
 */
const SPELLED_OUT = ['market-share', 'aws-results', 'layoffs'] as const satisfies readonly ChartId[]
type SpelledOut = (typeof SPELLED_OUT)[number]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')

/** The facts each chart draws or states, in reading order. */
function expectedFacts(id: SpelledOut, index: DatasetIndex, filter: FactFilter = NONE): Fact[] {
  const { share, results, layoffs } = selected(index, filter)
  switch (id) {
    case 'market-share':
      return share
        ? [
            // Each share, then the change the articles state for it in words.
            ...share.points.flatMap((p) => [index.factById.get(p.factId)!, ...(p.change ? [p.change] : [])]),
            ...[share.spending, share.spendingGrowth].filter((f) => f !== null),
          ]
        : []
    case 'aws-results':
      return results.flatMap((r) => [r.revenue, r.profits, r.margin].filter((f) => f !== null))
    case 'layoffs':
      return [...layoffs.totals, ...layoffs.waves.map((w) => w.fact)]
  }
}

/** How the summary states each drawn value. */
function drawnValues(id: SpelledOut, index: DatasetIndex = real): string[] {
  const { share, results, layoffs } = selected(index)
  switch (id) {
    case 'market-share':
      return (share?.points ?? []).map(
        (p) =>
          `${p.name} ${p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')}${p.kind === 'derived' ? ' (derived)' : ''}`,
      )
    case 'aws-results':
      return results.flatMap((r) =>
        [r.revenue, r.profits, r.margin]
          .filter((f) => f !== null)
          .map((f) => `${f.label} ${formatValue(f.value)}${f.value.kind === 'derived' ? ' (derived)' : ''}`),
      )
    case 'layoffs':
      return layoffs.waves.map((w) => `${w.label}: ${formatValue(w.fact.value)}`)
  }
}

describe('buildChartModel on the real dataset', () => {
  it.each(CHART_IDS)('lists the facts the %s chart draws, each once', (id) => {
    const m = model(id)
    expect(m.id).toBe(id)
    expect(m.title).toBe(CHART_REGISTRY[id].title)
    expect(m.facts.length).toBeGreaterThan(0)
    expect(new Set(m.facts.map((f) => f.id)).size).toBe(m.facts.length)
    expect(m.empty).toBeNull()
  })

  it.each(SPELLED_OUT)('lists the facts the %s chart draws in reading order', (id) => {
    expect(model(id).facts).toEqual(expectedFacts(id, real))
  })

  it.each(CHART_IDS)('has one table row per fact of the %s chart', (id) => {
    const m = model(id)
    expect(m.rows).toHaveLength(m.facts.length)
    m.facts.forEach((f, i) => {
      expect(m.rows[i]).toEqual({
        label: f.label,
        value: formatValue(f.value),
        period: formatPeriod(f.period),
        note:
          f.value.kind === 'derived'
            ? expect.stringMatching(new RegExp(`^derived: .* = ${escape(formatValue(f.value))}$`))
            : f.value.kind === 'stated' && !f.namedAs
              ? undefined
              : expect.any(String),
      })
      // A value its article names otherwise (“Amazon’s market share”) says so, as the chart beside it does.
      if (f.namedAs) expect(m.rows[i].note).toContain(`“${f.namedAs}”`)
      // A formula is read in words, by the inputs' labels: never as `{fact-id}`.
      if (f.value.kind === 'derived') {
        expect(m.rows[i].note).not.toMatch(/[{}]/)
        for (const input of f.inputs) expect(m.rows[i].note).toContain(real.factById.get(input)!.label)
      }
      if (f.value.kind === 'qualitative') expect(m.rows[i].note).toContain(`“${f.value.words[0]}”`)
    })
  })

  it.each(SPELLED_OUT)('states each value the %s chart draws, formatted as on the page', (id) => {
    const m = model(id)
    const values = drawnValues(id)
    expect(values.length).toBeGreaterThan(0)
    for (const v of values) expect(m.summary).toContain(v)
  })

  it.each(CHART_IDS)('names the producers and the articles of the %s chart in its source line', (id) => {
    const m = model(id)
    const producers = m.facts
      .filter((f) => f.value.kind !== 'derived' && !/^not named/i.test(f.source))
      .map((f) => f.source)
    expect(producers.length).toBeGreaterThan(0)
    for (const p of producers) expect(m.source).toContain(p)
    const stating = (f: Fact) => f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article)
    const articles = [...new Set(m.facts.flatMap(stating))]
    expect(articles.length).toBeGreaterThan(0)
    for (const a of articles) expect(m.source).toContain(articleSourceName(real.articleById.get(a)!))
    for (const f of m.facts) if (/^not named/i.test(f.source)) expect(m.source).not.toContain(f.source)
    // Exactly the line the charts' exports get for these facts; the key, not the line, explains dashed outlines.
    expect(m.source.startsWith(sourceLine(real, m.facts, ''))).toBe(true)
    // Every year here is inferred: the line ends with the note that says what the asterisks mean.
    expect(m.source).toMatch(/\* Year inferred: [^*]+$/)
  })

  it('keeps the layouts of the frames a card asks for in turn, so a redraw lays nothing out again', () => {
    const m = model('layoffs')
    const type = typeLadder(16, 'card')
    const narrowest = m.layout({ width: 254, height: null, type })
    const own = m.layout({ width: 640, height: narrowest.height, type })
    expect(m.layout({ width: 254, height: null, type })).toBe(narrowest)
    expect(m.layout({ width: 640, height: narrowest.height, type })).toBe(own)
    expect(own).not.toBe(narrowest)
  })

  it('states the market-share period in subtitle and summary, marked where its year is inferred', () => {
    const m = model('market-share')
    const period = periodKeyLabel(real, selected(real).share!.period)
    expect(period).toMatch(/\*$/)
    expect(m.subtitle).toContain(period)
    expect(m.summary.startsWith(period)).toBe(true)
    // The shares are listed in the chart's order.
    const positions = drawnValues('market-share').map((v) => m.summary.indexOf(v))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('states each AWS result with its period, marked where its year is inferred', () => {
    const m = model('aws-results')
    const rows = selected(real).results
    for (const r of rows) expect(m.summary).toContain(`${periodKeyLabel(real, r.period)}: ${r.revenue!.label}`)
    expect(m.subtitle).toContain(periodKeyLabel(real, rows[0].period))
  })

  it('states each layoff wave with its period, in time order', () => {
    const m = model('layoffs')
    const parts = selected(real).layoffs.waves.map(
      (w) => `${formatPeriod(w.fact.period)}, ${w.label}: ${formatValue(w.fact.value)}`,
    )
    const positions = parts.map((p) => m.summary.indexOf(p))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(m.subtitle).not.toMatch(/most recent/)
  })
})

describe('buildChartModel under a filter', () => {
  it('says which companies a filtered chart shows, in its subtitle', () => {
    const m = model('market-share', { companies: ['aws'], periods: [] })
    expect(m.subtitle).toMatch(/ · AWS only$/)
    expect(model('market-share').subtitle).not.toMatch(/only/)
    const two = model('market-share', { companies: ['aws', 'azure'], periods: [] })
    expect(two.subtitle).toMatch(/AWS and Microsoft Azure only$/)
  })

  it('names the quarter a filtered layoffs chart shows, marked where its year is inferred', () => {
    const m = model('layoffs', { companies: [], periods: ['2024-Q2'] })
    expect(m.subtitle).toContain(`${periodKeyLabel(real, '2024-Q2')} only`)
    expect(m.subtitle).toContain('Q2 2024* only')
    expect(model('layoffs').subtitle).toMatch(/^Job cuts at Amazon and AWS, by date, undated first/)
    expect(model('layoffs', { companies: ['aws'], periods: [] }).subtitle).toMatch(/^Job cuts at AWS, in time order/)
  })

  it('keeps the AWS results subtitle to its quarters: the chart is AWS’s whatever the company filter', () => {
    expect(model('aws-results', { companies: ['aws'], periods: [] }).subtitle).toBe(model('aws-results').subtitle)
  })
})

describe('buildChartModel when the filters leave nothing', () => {
  const cases: [ChartId, FactFilter][] = [
    ['market-share', { companies: ['amazon'], periods: [] }],
    ['aws-results', { companies: ['google-cloud'], periods: [] }],
    ['layoffs', { companies: ['azure'], periods: [] }],
  ]

  it.each(cases)('says why the %s chart is empty', (id, filter) => {
    expect(filterFacts(real, filter).length).toBeGreaterThan(0)
    const m = model(id, filter)
    expect(m.facts).toEqual([])
    expect(m.rows).toEqual([])
    expect(m.source).toBe('')
    expect(m.empty).toEqual(expect.any(String))
    expect(m.empty!.length).toBeGreaterThan(0)
    expect(m.title).toBe(CHART_REGISTRY[id].title)
  })

  it.each(CHART_IDS)('sets no empty message on the %s chart when the filter leaves its facts', (id) => {
    const company = model(id).facts[0].company
    const m = model(id, { companies: [company], periods: [] })
    expect(m.empty).toBeNull()
    expect(m.facts.length).toBeGreaterThan(0)
    expect(m.facts.every((f) => f.company === company)).toBe(true)
  })
})

describe('buildChartModel on a dataset with more than the charts can draw', () => {
  const QUARTERS = MAX_QUARTERS + 2
  const WAVES = LAYOFF_LIMITS.waves + 4
  const quarter = (i: number) => `${2018 + Math.floor(i / 4)}-Q${(i % 4) + 1}`

  /** Revenue for many quarters and many layoff waves, each quoted in one article. */
  function manyIndex(waves = WAVES): DatasetIndex {
    const specs: { id: string; metric: Fact['metric']; company: string; period: string; value: FactValue }[] = [
      ...Array.from({ length: QUARTERS }, (_, i) => ({
        id: `revenue-${i}`,
        metric: 'revenue' as const,
        company: 'aws',
        period: quarter(i),
        value: { kind: 'stated' as const, amount: 1e9 * (i + 1), unit: 'USD' as const },
      })),
      ...Array.from({ length: waves }, (_, i) => ({
        id: `wave-${i}`,
        metric: 'layoffs' as const,
        company: 'amazon',
        period: quarter(i),
        value: { kind: 'stated' as const, amount: 100 * (i + 1), unit: 'people' as const },
      })),
    ]
    const quoteOf = (id: string, value: FactValue) => `The report says ${id} was ${formatValue(value)}.`
    const text = specs.map((s) => quoteOf(s.id, s.value)).join(' ')
    const facts: Fact[] = specs.map((s) => {
      const quote = quoteOf(s.id, s.value)
      const start = text.indexOf(quote)
      const at = start + quote.indexOf(formatValue(s.value))
      return {
        ...s,
        label: `Label of ${s.id}`,
        period: { value: s.period, inferred: false },
        source: 'Test producer',
        inputs: [],
        citations: [
          {
            article: 'a1',
            quote,
            start,
            end: start + quote.length,
            highlight: { start: at, end: at + formatValue(s.value).length },
          },
        ],
        ...(s.metric === 'layoffs'
          ? { layoff: { waves: 1, units: [], location: null, announcedBy: null, eventDate: null } }
          : {}),
      }
    })
    const dataset = Dataset.parse({
      schemaVersion: 1,
      companies: [
        { id: 'aws', name: 'AWS' },
        { id: 'amazon', name: 'Amazon' },
      ],
      articles: [
        {
          id: 'a1',
          title: null,
          publisher: null,
          author: null,
          date: { value: '2024-04-03', inferred: false, basis: 'test' },
          text,
        },
      ],
      facts,
    })
    return buildIndex(dataset)
  }

  it('says in the layoffs subtitle how many of how many waves are shown', () => {
    const index = manyIndex()
    const m = model('layoffs', undefined, index)
    const { layoffs } = selected(index)
    expect(layoffs.omitted).toBe(WAVES - LAYOFF_LIMITS.waves)
    expect(layoffs.waves).toHaveLength(LAYOFF_LIMITS.waves)
    expect(m.subtitle).toContain(String(LAYOFF_LIMITS.waves))
    expect(m.subtitle).toContain(String(WAVES))
    expect(m.subtitle).toMatch(/most recent/)
    // The facts, rows and summary cover the drawn waves only.
    expect(m.facts).toHaveLength(LAYOFF_LIMITS.waves)
    expect(m.rows).toHaveLength(LAYOFF_LIMITS.waves)
    expect(m.summary).not.toContain(`wave-0:`)
    for (const v of drawnValues('layoffs', index)) expect(m.summary).toContain(v)
  })

  it('keeps the plain layoffs subtitle when every wave fits', () => {
    const full = model('layoffs', undefined, manyIndex(LAYOFF_LIMITS.waves))
    const over = model('layoffs', undefined, manyIndex())
    expect(selected(manyIndex(LAYOFF_LIMITS.waves)).layoffs.omitted).toBe(0)
    expect(full.subtitle).not.toContain(String(LAYOFF_LIMITS.waves))
    expect(full.subtitle).not.toBe(over.subtitle)
  })

  it('gives the AWS results subtitle the range of quarters drawn', () => {
    const index = manyIndex()
    const m = model('aws-results', undefined, index)
    const rows = selected(index).results
    expect(rows).toHaveLength(MAX_QUARTERS)
    const first = formatPeriodKey(rows[0].period)
    const last = formatPeriodKey(rows.at(-1)!.period)
    expect(first).toBe(formatPeriodKey(quarter(QUARTERS - MAX_QUARTERS) as PeriodKey))
    expect(m.subtitle).toContain(`${first} – ${last}`)
    for (const v of drawnValues('aws-results', index)) expect(m.summary).toContain(v)
  })

  it('names an article without title or publisher in words in the source line, never by its id', () => {
    const m = model('layoffs', undefined, manyIndex())
    expect(m.source).toContain('Test producer')
    expect(m.source).toContain('untitled article')
    expect(m.source).not.toMatch(/\ba1\b/)
  })
})
