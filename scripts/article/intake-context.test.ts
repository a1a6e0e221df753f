import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyDraft } from './apply.ts'
import { intakeContext } from './intake-context.ts'
import { proposeArticle } from './intake.ts'

const data = resolve(import.meta.dirname, '../../data')
const fixture = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/next-quarter-article.txt'), 'utf8')
const propose = (dir: string) =>
  proposeArticle({ text: fixture, format: 'text', hints: {} }, { date: '2024-05-02' }, dir)

// Proposals for one article must not cost a build of the whole dataset (4 s of 5 at 100× the data): the build
// runs once for a data folder, and again only when the folder changes.
describe('the dataset an article is read against', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intake-context-'))
    cpSync(data, dir, { recursive: true })
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('is built once for an unchanged folder, read back as it was built, and built again once a file changes', () => {
    const first = intakeContext(dir)
    const second = intakeContext(dir)
    expect([first.built, second.built]).toEqual([true, false])
    expect(second.context).toStrictEqual(first.context)
    appendFileSync(join(dir, 'facts.yaml'), '# an edit by hand\n')
    expect(intakeContext(dir).built).toBe(true)
  }, 60_000)

  it('gives the same proposals read back as built, and after --accept the next article needs no build', () => {
    const built = propose(dir)
    expect(propose(dir)).toStrictEqual(built)
    expect(applyDraft(built, dir)).toMatchObject({ ok: true })
    expect(intakeContext(dir).built).toBe(false)
  }, 60_000)
})
