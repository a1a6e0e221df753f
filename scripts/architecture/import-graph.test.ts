import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCycles, importGraph } from './import-graph.ts'

const root = resolve(import.meta.dirname, '../..')

describe('the import graph of src/', () => {
  it('has no cycle, type-only imports included', () => {
    expect(importCycles(importGraph(resolve(root, 'src')), root)).toEqual([])
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
