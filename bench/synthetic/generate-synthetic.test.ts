import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateSynthetic, syntheticPlan } from './generate-synthetic.ts'
import { buildFromDir } from '../../scripts/dataset/load-sources.ts'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Every file under dir by relative path, so two folders compare byte for byte. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return Object.fromEntries(
    files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  )
}

describe('generateSynthetic', () => {
  it('writes a folder the build accepts, with the planned counts', () => {
    const dir = tempDir()
    const counts = generateSynthetic(dir, 2)
    const result = buildFromDir(dir)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const { facts, articles } = result.dataset

    expect(syntheticPlan(2)).toMatchObject({ quarters: 1, facts: 99, articles: 8 })
    expect(facts).toHaveLength(99)
    expect(articles).toHaveLength(8)
    expect(counts).toEqual({ facts: 99, articles: 8, citations: facts.reduce((n, f) => n + f.citations.length, 0) })
    expect(new Set(facts.map((f) => f.value.kind))).toEqual(
      new Set(['stated', 'approximate', 'bound', 'vague', 'unknown', 'derived']),
    )
  })

  // The benchmark's scale: 400 articles, whose file numbers run into the figures and names the texts use.
  it('writes a 100× folder, as the benchmark does, that the build accepts', { timeout: 60_000 }, () => {
    const dir = tempDir()
    generateSynthetic(dir, 100)
    const result = buildFromDir(dir)
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([])
  })

  it('cites every quoted fact in one to three different articles', () => {
    const dir = tempDir()
    generateSynthetic(dir, 2)
    const result = buildFromDir(dir)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    for (const fact of result.dataset.facts.filter((f) => f.value.kind !== 'derived')) {
      const cited = new Set(fact.citations.map((c) => c.article))
      expect(cited.size, fact.id).toBe(fact.citations.length)
      expect(cited.size, fact.id).toBeGreaterThanOrEqual(1)
      expect(cited.size, fact.id).toBeLessThanOrEqual(3)
    }
  })

  it('includes labels the CSV export has to quote', () => {
    const dir = tempDir()
    generateSynthetic(dir, 2)
    const result = buildFromDir(dir)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const labels = [...result.dataset.facts.map((f) => f.label), ...result.dataset.companies.map((c) => c.name)]
    expect(labels.some((l) => l.includes(','))).toBe(true)
    expect(labels.some((l) => l.includes('"'))).toBe(true)
  })

  it('writes identical files on every run', () => {
    const [a, b] = [tempDir(), tempDir()]
    generateSynthetic(a, 2)
    generateSynthetic(b, 2)
    generateSynthetic(b, 2)
    expect(snapshot(b)).toEqual(snapshot(a))
  })

  it('refuses to overwrite a folder it did not write', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'facts.yaml'), 'companies: []\n')
    expect(() => generateSynthetic(dir, 2)).toThrow(/refusing to overwrite/)
    expect(readFileSync(join(dir, 'facts.yaml'), 'utf8')).toBe('companies: []\n')
  })
})
