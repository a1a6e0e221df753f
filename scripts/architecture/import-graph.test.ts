import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { featureGraph, importCycles, importGraph } from './import-graph.ts'

const root = resolve(import.meta.dirname, '../..')

// Parsing every module of src/ takes seconds on a busy machine.
describe('the import graph of src/', { timeout: 30_000 }, () => {
  it('has no cycle between modules, type-only imports included', () => {
    expect(importCycles(importGraph(resolve(root, 'src')), root)).toEqual([])
  })

  it('has no cycle between features, import() included', () => {
    expect(importCycles(featureGraph(resolve(root, 'src')))).toEqual([])
  })

  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ])
    expect(importCycles(graph)).toEqual([['a', 'b', 'c']])
  })
})

/** A src/ folder of the given files, removed after the tests. */
function fixture(files: Record<string, string>): string {
  const src = mkdtempSync(join(tmpdir(), 'import-graph-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true })
    writeFileSync(join(src, path), text)
  }
  afterAll(() => rmSync(src, { recursive: true, force: true }))
  return src
}

describe('a cycle between features closed by import()', () => {
  // A feature that loads another's chunk on demand, which imports it back: no module cycle, a feature cycle.
  const src = fixture({
    'features/alpha/index.ts': "export const loadBeta = () => import('../beta/view.ts')\nexport const NAME = 'alpha'\n",
    'features/beta/view.ts': "import { NAME } from '../alpha/index.ts'\nexport const title = NAME\n",
    'features/gamma/index.ts': "import { NAME } from '../alpha/index.ts'\nexport const other = NAME\n",
  })

  it('is no cycle of modules, since import() orders nothing at load time', () => {
    expect(importCycles(importGraph(src))).toEqual([])
  })

  it('is a cycle of features, and the check names them', () => {
    expect(importCycles(featureGraph(src))).toEqual([['alpha', 'beta']])
  })
})

describe('an import that names no file', () => {
  const src = fixture({ 'features/alpha/index.ts': "import { NAME } from '../beta/index'\nexport const x = NAME\n" })

  it('is refused, rather than dropped with any cycle it closes', () => {
    expect(() => featureGraph(src)).toThrow(/"\.\.\/beta\/index" names no file/)
  })
})
