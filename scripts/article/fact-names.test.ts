import { describe, expect, it } from 'vitest'
import type { QuotedFact } from '../../src/domain/schema.ts'
import { factLabel } from './fact-names.ts'

const companies = [
  { id: 'aws', name: 'AWS' },
  { id: 'acme', name: 'Acme' },
]
const fact = (metric: string, company: string, label: string, source: string) =>
  ({ id: `${metric}-${company}`, metric, company, label, source, period: { value: null } }) as unknown as QuotedFact

describe('factLabel, the label the intake proposes for a new fact', () => {
  it('takes the dataset’s label of the same metric, with the new company in it', () => {
    const facts = [fact('market_share', 'aws', 'AWS share of cloud infrastructure market', 'Synergy Research Group')]
    expect(factLabel('market_share', 'acme', companies, facts, 'Canalys')).toBe(
      'Acme share of cloud infrastructure market',
    )
  })

  it('does not put an analyst’s reason in the company’s mouth: a label saying who says it is for the same source only', () => {
    const facts = [fact('cause', 'aws', 'Why AWS says it is cutting jobs', 'AWS')]
    expect(factLabel('cause', 'aws', companies, facts, 'Forrester')).toBe('A cause the article gives, at AWS')
    expect(factLabel('cause', 'aws', companies, facts, 'AWS')).toBe('Why AWS says it is cutting jobs')
  })
})
