import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSources } from '../dataset/load-sources.ts'
import { buildDataset } from '../dataset/build-dataset.ts'
import { ClaimsFile } from '../dataset/claims.ts'
import { buildDataPackage } from './build-package.ts'
import { loadCitedCharts } from './cited-charts.ts'
import { validatePackage, type ReadFile } from './validate-package.ts'

const release = { updated: '2024-04-10', version: '1.0.0', publicUrl: 'https://example.org/cloud/' }

const root = join(import.meta.dirname, '../..')

/** The package as the build writes it from data/, with the charts read from the app as the build reads them. */
async function realPackage() {
  const sources = readSources(join(root, 'data'))
  const built = buildDataset(sources)
  if (!built.ok) throw new Error(built.errors.join('\n'))
  const charts = await loadCitedCharts(root)
  return buildDataPackage({ ...built, claims: ClaimsFile.parse(sources.claims), charts }, release)
}

const fromMap =
  (files: Map<string, string>): ReadFile =>
  (path) =>
    files.get(path)
const fixture: ReadFile = (path) => {
  try {
    return readFileSync(join(import.meta.dirname, 'fixtures/broken', path), 'utf8')
  } catch {
    return undefined
  }
}

/** The package with one CSV edited, its size and hash in the descriptor brought along, so only the edit is wrong. */
function edited(files: Map<string, string>, file: string, edit: (text: string) => string): ReadFile {
  const copy = new Map(files)
  copy.set(file, edit(files.get(file)!))
  const descriptor = JSON.parse(files.get('datapackage.json')!) as {
    resources: { path: string; bytes?: number; hash?: string }[]
  }
  for (const r of descriptor.resources.filter((r) => r.path === file)) {
    delete r.bytes
    delete r.hash
  }
  copy.set('datapackage.json', JSON.stringify(descriptor))
  return fromMap(copy)
}

// The first validation compiles the standard's profiles (400 kB of JSON Schema): seconds on a busy machine.
describe('the data package built from data/', { timeout: 30_000 }, () => {
  let files: Map<string, string>
  beforeAll(async () => {
    files = (await realPackage()).files
  }, 30_000)

  it('is valid against the Data Package v2 profiles, row by row, with every key resolved', () => {
    expect(validatePackage(fromMap(files))).toEqual([])
  })

  it('holds the descriptor, the five CSVs and the README', () => {
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'articles.csv',
      'citations.csv',
      'claims.csv',
      'datapackage.json',
      'disagreements.csv',
      'facts.csv',
    ])
  })

  it('fails on a row that breaks its schema', () => {
    const problems = validatePackage(
      edited(files, 'facts.csv', (t) => t.replace(/,stated,false,false,(.*?),(\d+),/, ',stated,false,false,$1,many,')),
    )
    expect(problems).toEqual([expect.stringMatching(/^facts\.csv row \d+, stated_by: "many" is not an integer$/)])
  })

  it('fails on a citation of a fact the package does not have', () => {
    const problems = validatePackage(
      edited(files, 'citations.csv', (t) => t.replace(/\r\nshare-aws-2023-q4,1,/, '\r\nno-such-fact,1,')),
    )
    expect(problems).toEqual(['citations.csv row 2, fact_id: "no-such-fact" is not a fact_id of facts'])
  })

  it('fails on a claim carried by a fact the package does not have', () => {
    const problems = validatePackage(
      edited(files, 'claims.csv', (t) => t.replace(/,layoffs-2024-04,/, ',layoffs-2099-01,')),
    )
    expect(problems).toEqual([
      expect.stringMatching(/^claims\.csv row 2, carried_by: "layoffs-2099-01" is not a fact_id of facts$/),
    ])
  })

  it('fails on a file whose bytes are not the ones the descriptor records', () => {
    const copy = new Map(files).set('articles.csv', `${files.get('articles.csv')}\r\n`)
    expect(validatePackage(fromMap(copy))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^articles\.csv: its hash is sha256:\w+, the descriptor says/)]),
    )
  })

  it('fails a descriptor the standard profile rejects', () => {
    const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: object[] }
    const copy = new Map(files).set('datapackage.json', JSON.stringify({ ...descriptor, resources: 'facts.csv' }))
    expect(validatePackage(fromMap(copy))).toContain('datapackage.json/resources: must be array')
  })
})

describe('the broken fixture (fixtures/broken)', () => {
  it('fails with the broken row and the dangling key, each named', () => {
    expect(validatePackage(fixture)).toEqual([
      'facts.csv row 3, stated_by: "many" is not an integer',
      'citations.csv row 3, fact_id: "share-gcp" is not a fact_id of facts',
    ])
  })
})
