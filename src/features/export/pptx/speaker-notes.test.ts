import { beforeAll, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS } from '../../charts/index.ts'
import { articlePublisher, articleLabel } from '../../../domain/article-label.ts'
import { type DatasetIndex } from '../../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../../domain/real-dataset.test-support.ts'
import { speakerNotes } from './speaker-notes.ts'

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

it.each(CHART_IDS)('the %s notes carry every value’s quotes, articles and article count', (id) => {
  const model = buildChartModel(id, index, index.facts)
  const notes = speakerNotes(model, sources)
  for (const fact of model.facts) {
    const sourced = fact.value.kind === 'derived' ? fact.inputs.map((i) => index.factById.get(i)!) : [fact]
    for (const citation of sourced.flatMap((f) => sources.evidence.citationsOf(f.id))) {
      const article = index.articleById.get(citation.article)!
      expect(notes).toContain(`“${citation.quote}” — ${articleLabel(article)}, ${articlePublisher(article)}`)
    }
    if (fact.value.kind !== 'derived')
      expect(notes).toContain(`Stated by ${index.articleCountOf.get(fact.id)} of 5 articles.`)
  }
})

it('says which dates are inferred, and why', () => {
  const notes = speakerNotes(buildChartModel('layoffs', index, index.facts), sources)
  expect(notes).toContain('Period inferred: about Mar 2023*.')
  expect(notes).toContain('• AWS job cuts, 3 Apr 2024*:')
  expect(notes).toMatch(/\* Year inferred: .*Wednesday/)
  expect(notes).toMatch(/Computer Weekly; dated 3 Apr 2024\*, inferred: .*3 April/)
})

it.each(CHART_IDS)('the %s notes open with two or three talking points and write no quote twice', (id) => {
  const model = buildChartModel(id, index, index.facts)
  const notes = speakerNotes(model, sources)
  const points = notes.split('\n\n')[1].split('\n')
  expect(points[0]).toBe('Talking points:')
  expect(points.length - 1).toBeGreaterThanOrEqual(2)
  expect(points.length - 1).toBeLessThanOrEqual(3)
  // The summary's values come first, so the presenter's first line carries the numbers.
  expect(points[1]).toBe(`• ${model.summary}`)
  const quotes = [...notes.matchAll(/“([^”]+)” —/g)].map((m) => m[1])
  expect(quotes.length).toBeGreaterThan(0)
  expect(new Set(quotes).size).toBe(quotes.length)
})
