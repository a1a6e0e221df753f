import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDocument } from 'yaml'
import type { FactInput } from '../../src/domain/schema.ts'

const root = resolve(import.meta.dirname, '../..')

describe('a build of broken data', { timeout: 30_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'dataset-plugin-'))
  const data = join(work, 'data')
  let typo = { fact: '', quote: '' }

  beforeAll(() => {
    // The real data with one quote mistyped: two letters of it swapped, as a hurried edit would.
    cpSync(resolve(root, 'data'), data, { recursive: true })
    const file = join(data, 'facts.yaml')
    const doc = parseDocument(readFileSync(file, 'utf8'))
    const facts = doc.toJS().facts as FactInput[]
    const at = facts.findIndex((f) => f.citations.length > 0)
    const quote = facts[at]!.citations[0]!.quote
    typo = { fact: facts[at]!.id, quote: quote.replace(/([a-z])(?!\1)([a-z])/, '$2$1') }
    expect(typo.quote).not.toBe(quote)
    doc.setIn(['facts', at, 'citations', 0, 'quote'], typo.quote)
    writeFileSync(file, String(doc))
    vi.stubEnv('DATASET_DIR', data)
  })

  afterAll(() => {
    vi.unstubAllEnvs()
    rmSync(work, { recursive: true, force: true })
  })

  it('fails with the dataset’s own message (file › fact › field), before any later step fails on files never written', async () => {
    const failure = await build({
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: join(work, 'dist'), emptyOutDir: true },
    }).then(
      () => null,
      (error: Error) => error.message,
    )
    expect(failure).toMatch(/^Dataset build failed \(\d+ problems?\):\n {2}- /)
    expect(failure).toContain(`facts.yaml › ${typo.fact} › citations[0]: quote not found verbatim`)
    expect(failure).toContain(typo.quote)
    expect(failure).not.toMatch(/ENOENT|dataset\.json/)
  })
})
