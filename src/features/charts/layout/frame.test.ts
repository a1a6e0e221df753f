import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { CHART_IDS } from '../registry.ts'
import { SHORT_YEAR_NOTE } from '../../../domain/format-fact.ts'
import { CREDIT, DERIVED_NOTES, moreCue, sourcesFooterTexts } from '../frame-words.ts'
import { chartFrame } from './frame.ts'
import { framedScene } from './framed-scene.ts'
import { LEADING } from './scene.ts'
import { BASE_FONT_SIZE, type Medium } from './type-ladder.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

const WIDTHS = [320, 480, 640, 960, 1280, 1920]
const MEDIA: Medium[] = ['card', 'embed', 'slide', 'image']

describe('the short source line', () => {
  it.each(CHART_IDS)('of %s takes at most 2 lines and a quarter of a 16:9 frame, at every width', (id) => {
    const model = buildChartModel(id, real, real.facts)
    for (const medium of MEDIA)
      for (const width of WIDTHS) {
        const height = Math.round((width * 9) / 16)
        const { source } = chartFrame(model, medium, { width, height })
        expect(source, `${medium} ${width}`).not.toBeNull()
        expect(source!.lines.length, `${medium} ${width}: ${source!.lines.join(' | ')}`).toBeLessThanOrEqual(2)
        expect(source!.height, `${medium} ${width}`).toBeLessThanOrEqual(height / 4)
        // Its height holds its lines, and on a page the Sources button after them.
        expect(source!.height).toBeGreaterThanOrEqual(source!.lines.length * source!.size * LEADING)
      }
  })

  it('names who produced the numbers, how many values no one is credited with and how many articles report them', () => {
    const share = chartFrame(buildChartModel('market-share', real, real.facts), 'embed', { width: 960, height: 540 })
    // Synergy Research Group is credited with AWS's share and its change only; the article names no one for the rest.
    expect(share.source!.text).toMatch(
      /^Source: Synergy Research Group(;| for 2 of 8 values,) 6 (of 8 values )?unattributed(;|, via) 1 of 5 articles\. \*Year inferred\.$/,
    )
    const results = chartFrame(buildChartModel('aws-results', real, real.facts), 'embed', { width: 640, height: 360 })
    expect(results.source!.text).toMatch(/^Source: AWS .+, via 1 of 5 articles\. \*Year inferred\.$/)
    // Two producers do not fit in 320 px: they are counted, and so is the value no one is credited with. January's
    // cuts, whose size no article gives, credit no one with a number.
    const layoffs = chartFrame(buildChartModel('layoffs', real, real.facts), 'card', { width: 320, height: null })
    expect(layoffs.source!.text).toBe('Source: 2 producers, 1 value unattributed, via 5 of 5 articles. *Year inferred.')
    expect(layoffs.source!.lines).toHaveLength(2)
  })

  it('names a producer in two lines rather than count them in one, unless the marks need that line', () => {
    const layoffs = buildChartModel('layoffs', real, real.facts)
    const at = (width: number) => chartFrame(layoffs, 'embed', { width, height: Math.round((width * 9) / 16) })
    // Wide enough for the count in one line and a name in two: the name, with every mark.
    for (const width of [640, 800, 1200]) {
      expect(at(width).source!.text, `${width}`).toMatch(/^Source: Amazon CEO Andy Jassy’s email to staff/)
      expect(at(width).source!.lines, `${width}`).toHaveLength(2)
      expect(at(width).hidden, `${width}`).toBe(0)
    }
    // At 480 × 270 the second line would cost the marks their room: the count, and every mark still drawn.
    expect(at(480).source!.text).toMatch(/^Source: 2 producers/)
    expect(at(480).hidden).toBe(0)
  })

  it('of a chart with one producer, takes the fullest wording that fits one line: each names it', () => {
    const share = buildChartModel('market-share', real, real.facts)
    for (const width of [560, 600, 640]) {
      const { source } = chartFrame(share, 'card', { width, height: null })
      expect(source!.text, `${width}`).toMatch(/^Source: Synergy Research Group/)
      expect(source!.lines, `${width}: ${source!.lines.join(' | ')}`).toHaveLength(1)
    }
  })

  it('explains dashed outlines only where a derived value is drawn as one', () => {
    const footer = (id: (typeof CHART_IDS)[number]) =>
      sourcesFooterTexts(buildChartModel(id, real, real.facts).sources, undefined).join(' ')
    // The other providers' 34% is a dashed bar; AWS's profits-to-revenue share is said in words beside the bars.
    expect(footer('market-share')).toContain(DERIVED_NOTES.footer)
    expect(footer('aws-results')).not.toContain('Dashed')
  })

  it('is far shorter than the full sources it stands for', () => {
    const model = buildChartModel('layoffs', real, real.facts)
    const frame = chartFrame(model, 'card', { width: 320, height: null })
    expect(model.source.length).toBeGreaterThan(400)
    expect(frame.source!.text.length).toBeLessThan(100)
    expect(frame.sources.view.articles.map((a) => a.publisher)).toEqual(
      expect.arrayContaining(['Computer Weekly', 'Converge360', 'Quartz']),
    )
  })
})

describe('chartFrame', () => {
  it('gives an image the full sources and the credit with the chart’s link as a footer block', () => {
    const model = buildChartModel('layoffs', real, real.facts)
    const link = 'https://example.org/dash/?company=aws'
    const frame = chartFrame(model, 'image', { width: 1200, height: null }, { link })
    const footer = frame.sources.footer!.map((b) => b.text)
    expect(footer.at(-1)).toBe(`${CREDIT} · ${link}`)
    expect(footer.join(' ')).toContain('Computer Weekly, “AWS cuts several hundred jobs')
    expect(footer.join(' ')).toMatch(/\* Year inferred: /)
    const scene = framedScene(model, { width: 1200, height: null }, 'image', { link })
    expect(scene.texts.map((t) => t.text).join(' ')).toContain(CREDIT)
  })

  it('gives a slide image’s years one line where their full account would take the chart’s room; a free-height image keeps it', () => {
    const model = buildChartModel('layoffs', real, real.facts)
    const footerOf = (height: number | null) =>
      chartFrame(model, 'slide', { width: 1920, height }, { footer: true, link: 'https://example.org/' }).sources
        .footer!
    const free = footerOf(null)
    expect(free.map((b) => b.text).join(' ')).toMatch(/\* Year inferred: No article prints the year/)
    const slide = footerOf(1080)
    expect(slide.map((b) => b.text)).toContain(SHORT_YEAR_NOTE)
    const height = (blocks: typeof slide) => blocks.reduce((h, b) => h + b.height, 0)
    expect(height(slide)).toBeLessThanOrEqual(1080 / 4)
    // Nothing else is shortened: who produced the numbers, the articles, the credit.
    expect(slide.filter((b) => b.text !== SHORT_YEAR_NOTE).map((b) => b.text)).toEqual(
      free.filter((b) => !b.text.startsWith('* Year inferred')).map((b) => b.text),
    )
  })

  it('says why a medium leaves a block out', () => {
    const model = buildChartModel('market-share', real, real.facts)
    const small = chartFrame(model, 'embed', { width: 480, height: 270 })
    expect(small.context).toBeNull()
    expect(small.omitted.context).toMatch(/keeps its height for the marks/)
    const card = chartFrame(model, 'card', { width: 560, height: null })
    expect(card.context?.[0].block.text).toMatch(/^Total enterprise spending/)
    expect(card.omitted.sources).toMatch(/Sources button/)
    expect(card.sources.footer).toBeNull()
  })

  it.each(CHART_IDS)(
    'keeps %s’s embed links (the data, its date, how to cite) where its type can stay a card’s size or larger',
    (id) => {
      const model = buildChartModel(id, real, real.facts)
      const links = ['Download data', 'Data updated 7 December 2026', '▶ How to cite']
      for (const bounds of [
        { width: 1024, height: 576 },
        { width: 1280, height: 720 },
        { width: 800, height: 600 },
      ]) {
        const frame = chartFrame(model, 'embed', bounds, { links })
        expect(frame.links?.items, `${bounds.width} × ${bounds.height}`).toEqual(links)
        expect(frame.type.base).toBeGreaterThanOrEqual(BASE_FONT_SIZE)
        expect(frame.hidden).toBe(0)
      }
      // A small embed gives its height to the marks: the links wait in its Sources panel.
      const small = chartFrame(model, 'embed', { width: 320, height: 180 }, { links })
      expect(small.links).toBeNull()
      expect(small.omitted.links).toMatch(/Sources panel/)
    },
  )

  it('says what the articles leave open once: in the context lines where they are shown, else in the subtitle', () => {
    const model = buildChartModel('layoffs', real, real.facts)
    // The total and the wave the articles never relate, as the context line names them.
    const [total, wave] = model.context[0].flatMap((part) => (typeof part === 'string' ? [] : [part.text])).reverse()
    const asked = (text: string) => text.includes(wave) && text.includes(total)
    const card = chartFrame(model, 'card', { width: 1200, height: null })
    expect(card.context?.some((c) => asked(c.block.text))).toBe(true)
    expect(asked(card.subtitle!.text)).toBe(false)
    const small = chartFrame(model, 'embed', { width: 320, height: 180 })
    expect(small.context).toBeNull()
    expect(asked(small.subtitle!.text)).toBe(true)
  })

  it('leaves the plot the frame’s height minus its blocks', () => {
    const model = buildChartModel('aws-results', real, real.facts)
    const frame = chartFrame(model, 'slide', { width: 1280, height: 720 })
    const blocks = [frame.title, frame.subtitle!, ...frame.context!.map((c) => c.block), frame.source!]
    const used = blocks.reduce((h, b) => h + b.height, 0)
    expect(frame.plot.height).toBeGreaterThan(360)
    expect(frame.plot.height! + used).toBeLessThanOrEqual(720)
  })
})

/** The cue each embed and slide of `model` draws, 120 to 480 px tall, with how many bar marks it leaves out. */
function cues(model: ReturnType<typeof buildChartModel>) {
  const bars = model.bars.input.items.flatMap((i) => i.bars.map((b) => b.factId))
  const found: { cue: string; left: number; at: string }[] = []
  for (const medium of ['embed', 'slide'] as const)
    for (const width of [320, 480, 640])
      for (let height = 120; height <= 480; height += 3) {
        const scene = framedScene(model, { width, height }, medium)
        const cue = scene.texts.find((t) => /open (the whole )?chart$/.test(t.text))
        const left = bars.filter((id) => !scene.marks.some((m) => m.factId === id)).length
        if (cue) found.push({ cue: cue.text, left, at: `${medium} ${width} × ${height}` })
      }
  return found
}

describe('the cue of a frame too short for its chart', () => {
  it.each(CHART_IDS)('of %s counts the marks it leaves out', (id) => {
    const found = cues(buildChartModel(id, real, real.facts))
    expect(found.length, `${id}: no frame here was cut`).toBeGreaterThan(0)
    for (const { cue, left, at } of found)
      expect(cue.match(/^(\d+) more values? · open chart$/)?.[1], at).toBe(`${left}`)
  })

  it('names what it counts, one value or several', () => {
    expect(moreCue(1)).toBe('1 more value · open chart')
    expect(moreCue(3)).toBe('3 more values · open chart')
    expect(moreCue(0)).toBe('Open the whole chart')
  })

  it('says no “more” where it cuts only the key: every mark is there', () => {
    // AWS alone, in an embed of 248 × 186: its bar and the direction beside it fit, its key does not.
    const aws = real.facts.filter((f) => f.company === 'aws')
    const model = buildChartModel('market-share', real, aws)
    const scene = framedScene(model, { width: 248, height: 186 }, 'embed')
    const full = framedScene(model, { width: 248, height: null }, 'embed')
    expect(scene.swatches.length).toBeLessThan(full.swatches.length)
    expect(scene.marks.map((m) => m.factId)).toEqual(full.marks.map((m) => m.factId))
    expect(scene.texts.map((t) => t.text)).toContain('Open the whole chart')
    expect(scene.texts.map((t) => t.text).join(' ')).not.toMatch(/more/)
  })
})
