import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyDraft } from './apply.ts'
import { proposeArticle } from './intake.ts'

const data = resolve(import.meta.dirname, '../../data')
const fixture = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/next-quarter-article.txt'), 'utf8')
const FILES = ['facts.yaml', 'claims.yaml', 'sources/articles.yaml']
let dir: string
const read = (f: string) => readFileSync(join(dir, f), 'utf8')

/** Every line of `before`, in order, is a line of `after`: only additions. */
const onlyAdds = (before: string, after: string) => {
  const lines = after.split('\n')
  let at = 0
  return before.split('\n').every((line) => {
    while (at < lines.length && lines[at] !== line) at++
    return at++ < lines.length
  })
}

describe('writing a draft into data/', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'apply-'))
    cpSync(data, dir, { recursive: true })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('adds the article’s entries and keeps every line that was there, comments and escapes included', () => {
    const before = Object.fromEntries(FILES.map((f) => [f, read(f)]))
    const draft = proposeArticle({ text: fixture, format: 'text', hints: {} }, { date: '2024-05-02' }, dir)
    expect(applyDraft(draft, dir)).toMatchObject({ ok: true })
    for (const f of FILES) {
      expect(read(f).length).toBeGreaterThan(before[f].length)
      expect(onlyAdds(before[f], read(f)), f).toBe(true)
    }
    expect(read('sources/raw/' + draft.raw.file)).toBe(fixture)
  }, 60_000)

  it('leaves data/ as it was when the build refuses the draft, and says why', () => {
    const before = Object.fromEntries(FILES.map((f) => [f, read(f)]))
    const raws = readdirSync(join(dir, 'sources/raw'))
    const draft = proposeArticle({ text: fixture, format: 'text', hints: {} }, { date: '2024-05-02' }, dir)
    draft.facts[0].fact.citations[0].quote = 'A sentence the article never wrote, 30%.'
    const result = applyDraft(draft, dir)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/quote not found verbatim/)
    for (const f of FILES) expect(read(f)).toBe(before[f])
    expect(readdirSync(join(dir, 'sources/raw'))).toEqual(raws)
    expect(existsSync(join(dir, 'sources/raw', draft.raw.file))).toBe(false)
  }, 60_000)
})
