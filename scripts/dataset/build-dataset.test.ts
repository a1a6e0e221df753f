import { describe, expect, it } from 'vitest'
import type { FactValue, Unit } from '../../src/domain/schema.ts'
import { citationRole, isDerivedValue } from '../../src/domain/kinds.ts'
import {
  articleText,
  buildBroken,
  built,
  builtFact,
  dataset,
  escapeRegExp,
  expectError,
  factIn,
  quotedFacts,
  sources,
  type Sources,
} from './build-test-support.ts'

function amountOf(s: Sources, id: string): number {
  const value = factIn(s, id).value
  if (!('amount' in value)) throw new Error(`fact "${id}" has no amount`)
  return value.amount
}

/** The highlighted text of each value citation of a fact, null where there is none. */
function highlights(id: string): (string | null)[] {
  return builtFact(id)
    .citations.filter((c) => citationRole(c) === 'value')
    .map((c) => {
      const text = articleText(c.article)
      return c.highlight && text.slice(c.highlight.start, c.highlight.end)
    })
}

/**
 * Reads an amount the way the articles write it ("31%", "$24.2 billion", "$4bn", "27,000"),
 * independently of the build's own spellings; null when the text is not such an amount in `unit`.
 */
function readAmount(text: string, unit: Unit): number | null {
  const m = /^(\$?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(%|percent|per cent|billion|bn|B|million|m|M)?$/.exec(text)
  if (!m) return null
  const [, dollar, digits, suffix = ''] = m
  const number = Number(digits.replaceAll(',', ''))
  const percent = ['%', 'percent', 'per cent'].includes(suffix)
  if ((unit === 'percent') !== percent || (unit === 'USD') !== (dollar === '$')) return null
  const scale = ['billion', 'bn', 'B'].includes(suffix) ? 1e9 : ['million', 'm', 'M'].includes(suffix) ? 1e6 : 1
  return number * scale
}

/** Evaluates a formula of facts.yaml by plain arithmetic, as an oracle independent of formula.ts. */
function recompute(formula: string, amount: (id: string) => number): number {
  const expression = formula.replace(/\{([a-z0-9_-]+)\}/g, (_, id: string) => `(${amount(id)})`)
  if (!/^[\d.\s+\-*/()]+$/.test(expression)) throw new Error(`not plain arithmetic: ${expression}`)
  return Number(new Function(`return (${expression})`)())
}

describe('buildDataset on the real data', () => {
  it('builds', () => {
    expect(built.ok ? [] : built.errors).toEqual([])
    expect(built.ok).toBe(true)
  })

  it('keeps every article and fact of the sources, in order', () => {
    expect(dataset().articles.map((a) => a.id)).toEqual(sources.manifest.map((a) => a.id))
    expect(dataset().facts.map((f) => f.id)).toEqual(sources.facts.facts.map((f) => f.id))
    for (const fact of sources.facts.facts) {
      expect(builtFact(fact.id).citations.map((c) => [c.article, c.quote])).toEqual(
        fact.citations.map((c) => [c.article, c.quote]),
      )
    }
  })

  it('writes the article texts apart from the dataset, one for every article', () => {
    expect(built.ok && built.texts.articles.map((a) => a.id)).toEqual(dataset().articles.map((a) => a.id))
    for (const article of dataset().articles) expect(article).not.toHaveProperty('text')
  })

  it('writes the quotes apart from the dataset, which names only each quote’s article and role', () => {
    for (const fact of dataset().facts) {
      for (const c of fact.citations) expect(Object.keys(c).filter((k) => k !== 'article' && k !== 'role')).toEqual([])
      expect(fact.citations.map((c) => [c.article, citationRole(c)])).toEqual(
        builtFact(fact.id).citations.map((c) => [c.article, citationRole(c)]),
      )
    }
    expect(JSON.stringify(dataset())).not.toContain(builtFact('share-aws-2023-q4').citations[0].quote)
  })

  it('locates every quote in its article: quote === text.slice(start, end)', () => {
    for (const fact of quotedFacts()) {
      for (const c of fact.citations) {
        expect(articleText(c.article).slice(c.start, c.end), `${fact.id} in ${c.article}`).toBe(c.quote)
      }
    }
  })

  it('highlights, inside the quote, a spelling of the value for every value citation', () => {
    let checked = 0
    for (const fact of quotedFacts()) {
      for (const c of fact.citations.filter((x) => citationRole(x) === 'value')) {
        const where = `${fact.id} in ${c.article}`
        const value: FactValue = fact.value
        if (isDerivedValue(value) || (value.kind === 'unknown' && !value.words)) {
          expect(c.highlight, where).toBeNull()
          continue
        }
        expect(c.highlight, where).not.toBeNull()
        const { start, end } = c.highlight!
        expect(start, where).toBeGreaterThanOrEqual(c.start)
        expect(end, where).toBeLessThanOrEqual(c.end)
        expect(end, where).toBeGreaterThan(start)
        const text = articleText(c.article).slice(start, end)
        if (value.kind === 'vague' || value.kind === 'qualitative')
          expect(
            value.words.map((w) => w.toLowerCase()),
            where,
          ).toContain(text.toLowerCase())
        else if (value.kind === 'unknown') expect(text.toLowerCase(), where).toBe(value.words!.toLowerCase())
        else {
          const read = readAmount(text, value.unit!)
          expect(read, `${where}: "${text}" is not an amount in ${value.unit}`).not.toBeNull()
          expect(Math.abs(read! - value.amount), `${where}: "${text}" reads ${read}`).toBeLessThan(1e-6 * value.amount)
        }
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('highlights "31%" for the AWS market share', () => {
    expect(highlights('share-aws-2023-q4')).toEqual([`${amountOf(sources, 'share-aws-2023-q4')}%`])
    expect(highlights('share-aws-2023-q4')).toEqual(['31%'])
  })

  it('has the qualifier of approximate and bound values right before the highlighted number', () => {
    const qualified = quotedFacts().filter((f) => f.value.kind === 'approximate' || f.value.kind === 'bound')
    expect(qualified.length).toBeGreaterThan(0)
    for (const fact of qualified) {
      const words = (fact.value as { words: string }).words
      for (const c of fact.citations.filter((x) => citationRole(x) === 'value')) {
        const before = c.quote.slice(0, c.highlight!.start - c.start)
        expect(before.toLowerCase(), `${fact.id}: "${words}" before the number`).toMatch(
          new RegExp(`\\b${escapeRegExp(words.toLowerCase())} $`),
        )
      }
    }
  })

  it('gives the vague AWS layoffs no amount and highlights the sources’ words', () => {
    const fact = builtFact('layoffs-2024-04')
    expect(fact.value.kind).toBe('vague')
    expect('amount' in fact.value).toBe(false)
    const found = highlights('layoffs-2024-04')
    expect(found.length).toBe(
      factIn(sources, 'layoffs-2024-04').citations.filter((c) => citationRole(c) === 'value').length,
    )
    for (const text of found) expect(['several hundred', 'hundreds']).toContain(text?.toLowerCase())
    expect(new Set(fact.citations.map((c) => c.article)).size).toBeGreaterThanOrEqual(2)
  })

  it('gives the unknown January layoffs no amount', () => {
    const fact = builtFact('layoffs-2024-01')
    expect(fact.value.kind).toBe('unknown')
    expect('amount' in fact.value).toBe(false)
    const words = (factIn(sources, 'layoffs-2024-01').value as { words: string }).words
    expect(highlights('layoffs-2024-01')).toEqual([words])
  })

  it('lists the inputs of derived facts, in formula order', () => {
    expect(builtFact('share-others-2023-q4').inputs).toEqual([
      'share-aws-2023-q4',
      'share-azure-2023-q4',
      'share-google-cloud-2023-q4',
    ])
    const ids = new Set(dataset().facts.map((f) => f.id))
    for (const fact of dataset().facts) {
      if (!isDerivedValue(fact.value)) {
        expect(fact.inputs, fact.id).toEqual([])
        continue
      }
      const refs = [...new Set([...fact.value.formula.matchAll(/\{([a-z0-9_-]+)\}/g)].map((m) => m[1]))]
      expect(refs.length, fact.id).toBeGreaterThan(0)
      expect(fact.inputs, fact.id).toEqual(refs)
      for (const id of fact.inputs) expect(ids.has(id), `${fact.id} reads ${id}`).toBe(true)
    }
  })

  it('has derived amounts that recompute from their inputs', () => {
    const derived = dataset().facts.filter((f) => f.value.kind === 'derived')
    expect(derived.length).toBeGreaterThan(0)
    for (const fact of derived) {
      if (fact.value.kind !== 'derived') continue
      const { formula, amount, decimals } = fact.value
      const computed = recompute(formula, (id) => amountOf(sources, id))
      expect(decimals === undefined ? computed : Number(computed.toFixed(decimals)), fact.id).toBeCloseTo(amount, 9)
    }
    const shares = ['share-aws-2023-q4', 'share-azure-2023-q4', 'share-google-cloud-2023-q4']
    expect(amountOf(sources, 'share-others-2023-q4')).toBe(100 - shares.reduce((n, id) => n + amountOf(sources, id), 0))
  })
})

describe('buildDataset rejects broken data, naming the fact or article and the problem', () => {
  it('a quote that is not verbatim in its article', () => {
    const id = 'share-aws-2023-q4'
    const { article, quote } = factIn(sources, id).citations[0]
    const changed = quote.replace('dipped', 'fell')
    expect(changed).not.toBe(quote)
    const errors = buildBroken((s) => (factIn(s, id).citations[0].quote = changed))
    expectError(errors, id, 'citations[0]', 'not found verbatim', article, changed)
  })

  it('a quote with a plain space where the article has a no-break space, with a hint', () => {
    const id = 'layoffs-2023-03'
    const quote = factIn(sources, id).citations[0].quote
    expect(quote).toContain('\u00a0')
    const errors = buildBroken((s) => (factIn(s, id).citations[0].quote = quote.replaceAll('\u00a0', ' ')))
    expectError(errors, id, 'not found verbatim', 'no-break space')
  })

  it('a market share that none of its quotes states (31 → 32)', () => {
    const id = 'share-aws-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { amount: number }).amount = 32))
    expectError(errors, id, 'does not state the value', '32%')
    // The derived share of the others no longer adds up either.
    const others = 100 - 32 - amountOf(sources, 'share-azure-2023-q4') - amountOf(sources, 'share-google-cloud-2023-q4')
    expectError(errors, 'share-others-2023-q4', 'formula', `gives ${others}`)
  })

  it('a revenue that none of its quotes states (24.2e9 → 25e9)', () => {
    const id = 'aws-revenue-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { amount: number }).amount = 25e9))
    expectError(errors, id, 'does not state the value', '$25 billion')
  })

  it('a layoff count that none of its quotes states (27,000 → 28000)', () => {
    const id = 'layoffs-amazon-two-waves'
    const errors = buildBroken((s) => ((factIn(s, id).value as { amount: number }).amount = 28000))
    expectError(errors, id, 'does not state the value', '28,000')
  })

  it('a vague value whose words no quote uses', () => {
    const id = 'aws-open-positions-2024-04'
    const errors = buildBroken((s) => ((factIn(s, id).value as { words: string[] }).words = ['dozens']))
    expectError(errors, id, 'does not state the value', '"dozens"')
  })

  it('a derived share that does not recompute (34 → 35)', () => {
    const id = 'share-others-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { amount: number }).amount = 35))
    expectError(errors, id, 'formula', `gives ${amountOf(sources, id)}`, 'says 35')
  })

  it('a derived margin that does not recompute at its precision (29.8 → 30)', () => {
    const id = 'aws-operating-margin-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { amount: number }).amount = 30))
    expectError(errors, id, 'formula', 'says 30')
  })

  it('a derived margin compared exactly when it gives no decimals', () => {
    const id = 'aws-operating-margin-2023-q4'
    const errors = buildBroken((s) => delete (factIn(s, id).value as { decimals?: number }).decimals)
    expectError(errors, id, 'formula', `says ${amountOf(sources, id)}`)
  })

  it('a formula that refers to an unknown fact', () => {
    const id = 'share-others-2023-q4'
    const errors = buildBroken((s) => {
      const value = factIn(s, id).value as { formula: string }
      value.formula = value.formula.replace('{share-google-cloud-2023-q4}', '{share-oracle-2023-q4}')
    })
    expectError(errors, id, 'formula', 'unknown fact {share-oracle-2023-q4}')
  })

  it('a formula that refers to a fact without an amount', () => {
    const id = 'share-others-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { formula: string }).formula = '{layoffs-2024-04}'))
    expectError(errors, id, 'formula', '{layoffs-2024-04} has no amount')
  })

  it('a formula that refers to its own fact', () => {
    const id = 'aws-operating-margin-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as { formula: string }).formula = `{${id}} * 1`))
    expectError(errors, id, 'formula', 'depends on itself')
  })

  it('two derived facts that rest only on each other', () => {
    const [a, b] = ['share-others-2023-q4', 'aws-operating-margin-2023-q4']
    const errors = buildBroken((s) => {
      Object.assign(factIn(s, a).value, { formula: `{${b}} + 4.2`, decimals: 1 })
      Object.assign(factIn(s, b).value, { formula: `{${a}} - 4.2`, decimals: 1 })
    })
    expectError(errors, a, 'depends on itself')
    expectError(errors, b, 'depends on itself')
  })

  it('an approximate value whose quote drops the qualifier', () => {
    const id = 'aws-headcount-2023-12'
    const errors = buildBroken((s) => ((factIn(s, id).value as { words: string }).words = 'roughly'))
    expectError(errors, id, 'does not state the value', '"roughly"')
  })

  it('a raw article text with no entry in articles.yaml', () => {
    const errors = buildBroken((s) => (s.rawTexts['orphan-article'] = 'An article nobody listed.'))
    expect(errors.some((e) => e.includes('raw/orphan-article.txt') && e.includes('no entry in articles.yaml'))).toBe(
      true,
    )
  })

  it('duplicate fact ids', () => {
    const id = 'share-aws-2023-q4'
    const errors = buildBroken((s) => s.facts.facts.push(structuredClone(factIn(s, id))))
    expectError(errors, id, 'duplicate fact id')
  })

  it('duplicate article ids', () => {
    const id = sources.manifest[0].id
    const errors = buildBroken((s) => s.manifest.push(structuredClone(s.manifest[0])))
    expectError(errors, id, 'duplicate article id')
  })

  it('duplicate company ids', () => {
    const id = sources.facts.companies[0].id
    const errors = buildBroken((s) => s.facts.companies.push(structuredClone(s.facts.companies[0])))
    expectError(errors, id, 'duplicate company id')
  })

  it('a citation of an article that does not exist', () => {
    const id = 'aws-headcount-2023-12'
    const errors = buildBroken((s) => (factIn(s, id).citations[0].article = 'no-such-article'))
    expectError(errors, id, 'citations[0]', 'unknown article "no-such-article"')
  })

  it('a company that does not exist', () => {
    const id = 'share-azure-2023-q4'
    const errors = buildBroken((s) => (factIn(s, id).company = 'oracle'))
    expectError(errors, id, 'company', 'unknown company "oracle"')
  })

  it('a stated value without citations', () => {
    const id = 'pay-after-termination-days'
    const errors = buildBroken((s) => (factIn(s, id).citations = []))
    expectError(errors, id, 'needs at least one citation')
  })

  it('an amount written as a string', () => {
    const id = 'share-aws-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as Record<string, unknown>).amount = '31'))
    expectError(errors, id, 'value.amount', /expected number/)
  })

  it('a unit not in the list', () => {
    const id = 'share-aws-2023-q4'
    const errors = buildBroken((s) => ((factIn(s, id).value as Record<string, unknown>).unit = 'percentage'))
    expectError(errors, id, 'value.unit', '"percent"')
  })

  it('a period not written YYYY-Qn, YYYY-MM or YYYY-MM-DD', () => {
    const id = 'share-aws-2023-q4'
    const errors = buildBroken((s) => (factIn(s, id).period.value = 'Q4 2023'))
    expectError(errors, id, 'period.value', 'YYYY-Qn')
  })

  it('a removeLines entry that is no longer in the raw text', () => {
    const entry = sources.manifest.find((a) => a.removeLines.length > 0)!
    const line = entry.removeLines[0].line
    const errors = buildBroken((s) => {
      const kept = s.rawTexts[entry.id].split('\n').filter((l) => l.trim() !== line)
      s.rawTexts[entry.id] = kept.join('\n')
    })
    expectError(errors, entry.id, 'removeLines line not found', `"${line}"`)
  })

  it('a removeFrom line that is no longer in the raw text', () => {
    const entry = sources.manifest.find((a) => a.removeFrom)!
    const line = entry.removeFrom!.line
    const errors = buildBroken((s) => {
      const kept = s.rawTexts[entry.id].split('\n').filter((l) => l.trim() !== line)
      s.rawTexts[entry.id] = kept.join('\n')
    })
    expectError(errors, entry.id, 'removeFrom line not found', `"${line}"`)
  })

  it('an article without a raw text', () => {
    const id = sources.manifest[0].id
    const errors = buildBroken((s) => delete s.rawTexts[id])
    expectError(errors, id, 'no raw text')
  })

  it('an article date in the wrong format (names the article)', () => {
    const id = sources.manifest[1].id
    const errors = buildBroken((s) => (s.manifest[1].date.value = 'April 2024'))
    expectError(errors, id, 'date.value', 'YYYY-Qn')
  })

  it('an article whose raw text is blank (names the article)', () => {
    const errors = buildBroken((s) => {
      s.manifest.push({ ...structuredClone(s.manifest[0]), id: 'blank-article' })
      s.rawTexts['blank-article'] = '  \n'
    })
    expectError(errors, 'blank-article', 'text')
  })
})
