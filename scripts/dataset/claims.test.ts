import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences.ts'
import {
  articleText,
  buildBroken,
  built,
  claimIn,
  dataset,
  evidence,
  expectError,
  factIn,
  sources,
} from './build-test-support.ts'

describe('the claim inventory of the real articles', () => {
  it('accounts for every sentence, each claim carried by facts or left out with a reason', () => {
    expect(built.ok && built.inventory).toMatchObject({
      claims: sources.claims.claims.length,
      carried: sources.claims.claims.filter((c) => c.facts).length,
    })
    const { articles } = dataset()
    const total = articles.reduce((n, a) => n + splitSentences(articleText(a.id)).length, 0)
    expect(built.ok && built.inventory.sentences).toBe(total)
    for (const claim of sources.claims.claims)
      expect(Boolean(claim.facts) !== Boolean(claim.leftOut), claim.id).toBe(true)
  })

  it('writes each disagreement into the evidence file with every version in its own quotes', () => {
    const who = evidence().disagreements.find((d) => d.id === 'cuts-who-announced')!
    expect(who.facts).toEqual(['layoffs-2024-04'])
    expect(who.versions.length).toBeGreaterThanOrEqual(3)
    for (const version of who.versions) {
      expect(version.quotes.length, version.says).toBeGreaterThan(0)
      for (const q of version.quotes) expect(articleText(q.article).slice(q.start, q.end)).toBe(q.quote)
    }
    // Garman's email is one version, reported by three articles; AWS's own announcement (000) another.
    const garman = who.versions.find((v) => v.says.includes('Garman'))!
    expect(new Set(garman.quotes.map((q) => q.article.slice(0, 3)))).toEqual(new Set(['002', '003', '004']))
    expect(who.versions.some((v) => v.quotes.some((q) => q.article.startsWith('000')))).toBe(true)
  })
})

describe('the build rejects a claim inventory that does not match the articles or the facts', () => {
  it('a claim whose quote is not verbatim in its article', () => {
    const errors = buildBroken((s) => {
      const claim = claimIn(s, '000-aws-share')
      claim.quotes[0] = claim.quotes[0].replace('dipped', 'fell')
    })
    expectError(errors, '000-aws-share', 'quotes[0]', 'not found verbatim', 'fell to 31%')
  })

  it('a claim with neither the facts that carry it nor a reason it is left out', () => {
    const errors = buildBroken((s) => delete claimIn(s, '000-key-player').leftOut)
    expectError(errors, '000-key-player', 'needs either facts', 'or leftOut')
  })

  it('a claim with both facts and a reason it is left out', () => {
    const errors = buildBroken((s) => (claimIn(s, '000-aws-share').leftOut = 'No reason.'))
    expectError(errors, '000-aws-share', 'has both facts and leftOut')
  })

  it('a sentence of an article that no claim accounts for', () => {
    const sentence = claimIn(sources, '001-challenges').quotes[0]
    const errors = buildBroken((s) => (s.claims.claims = s.claims.claims.filter((c) => c.id !== '001-challenges')))
    expectError(errors, '001_5b20bf3d46126c97', 'sentence not in the inventory', sentence)
  })

  it('a claim naming a fact that does not quote it', () => {
    const errors = buildBroken((s) => claimIn(s, '000-results').facts!.push('share-aws-2023-q4'))
    expectError(errors, '000-results', 'facts', 'share-aws-2023-q4 does not quote this claim')
  })

  it('a quote a fact cites that no claim carries for that fact', () => {
    const errors = buildBroken((s) => {
      const claim = claimIn(s, '000-results')
      claim.facts = claim.facts!.filter((id) => id !== 'aws-revenue-2023-q4')
    })
    expectError(errors, 'aws-revenue-2023-q4', 'citations[0]', 'no claim in claims.yaml carries this quote')
  })

  it('a claim naming a fact that does not exist', () => {
    const errors = buildBroken((s) => (claimIn(s, '000-results').facts = ['aws-revenue-2023-q5']))
    expectError(errors, '000-results', 'unknown fact "aws-revenue-2023-q5"')
  })

  it('a disagreement with a version no claim supports, or a left-out claim', () => {
    const errors = buildBroken((s) => {
      const d = s.claims.disagreements.find((x) => x.id === 'cuts-who-announced')!
      d.versions[0].claims.push('no-such-claim', '000-key-player')
    })
    expectError(errors, 'cuts-who-announced', 'unknown claim "no-such-claim"')
    expectError(errors, 'cuts-who-announced', '"000-key-player" is left out')
  })

  it('a disagreement with a single version', () => {
    const { id } = sources.claims.disagreements[0]
    const errors = buildBroken(
      (s) => (s.claims.disagreements[0].versions = s.claims.disagreements[0].versions.slice(0, 1)),
    )
    expectError(errors, id, 'versions', /at least 2|>=2/)
  })

  it('an unquoted YAML value cut at a comma', () => {
    const errors = buildBroken((s) => {
      const value = factIn(s, 'share-azure-change-2023-q4').value as unknown as Record<string, unknown>
      value.claim = 'Rose'
      value['growing faster than AWS'] = null
    })
    expectError(
      errors,
      'share-azure-change-2023-q4',
      '"growing faster than AWS" reads as the rest of a value cut at a comma',
    )
  })
})
