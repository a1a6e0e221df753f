import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { proposeArticle } from './intake.ts'

const data = resolve(import.meta.dirname, '../../data')
const fixture = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/next-quarter-article.txt'), 'utf8')
const propose = (text: string, options = {}) => proposeArticle({ text, format: 'text', hints: {} }, options, data)

describe('what the intake proposes for a new article', () => {
  it('refuses a text the dataset has, one with no sentence, and a --date that is no day', () => {
    const known = readFileSync(resolve(data, 'sources/raw/000_61254caecf40e463.txt'), 'utf8')
    expect(() => propose(known, { date: '2024-04-03' })).toThrow(/already in the dataset/)
    expect(() => propose('Data Center\n\n42\n', { date: '2024-04-03' })).toThrow(/no sentence/)
    expect(() => propose(fixture, { date: '2024-02-30' })).toThrow(/is not a date/)
    expect(() => propose(fixture, { date: 'yesterday' })).toThrow(/is not a date/)
    expect(() => propose(fixture)).toThrow(/--date/)
  }, 60_000)

  it('proposes a fact for each share, keeps the research firm as the source, and a new company', () => {
    const draft = propose(fixture, { date: '2024-05-02' })
    const shares = draft.facts.filter(({ fact }) => fact.metric === 'market_share' && fact.period.value === '2024-Q1')
    expect(shares.map(({ fact }) => [fact.company, fact.value, fact.source])).toEqual([
      ['aws', { kind: 'stated', amount: 30, unit: 'percent' }, 'Canalys'],
      ['azure', { kind: 'stated', amount: 25, unit: 'percent' }, 'Canalys'],
      ['google-cloud', { kind: 'stated', amount: 11, unit: 'percent' }, 'Canalys'],
      ['oracle', { kind: 'stated', amount: 3, unit: 'percent' }, 'Canalys'],
    ])
    expect(draft.companies).toEqual([{ id: 'oracle', name: 'Oracle' }])
  }, 60_000)

  it('proposes a disagreement where its figure for a company and quarter differs from the dataset’s', () => {
    const draft = propose(fixture, { date: '2024-05-02' })
    const [differs] = draft.disagreements
    expect(differs.facts[0]).toBe('share-aws-2023-q4')
    expect(differs.versions.map((v) => v.says)).toEqual(['31%, from Synergy Research Group', '32%, from Canalys'])
  }, 60_000)

  it('matches a figure another article states with that fact, as a quote of it, not a new fact', () => {
    const text =
      'Amazon Web Services is cutting several hundred jobs in its sales teams, the company said on Wednesday.'
    const draft = propose(text, { date: '2024-04-03' })
    expect(draft.facts).toEqual([])
    expect(draft.citations.map((c) => c.factId)).toContain('layoffs-2024-04')
  }, 60_000)
})
