import { readFileSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { CORE_SCHEMA, load } from 'js-yaml'
import { buildDataset, type BuildResult, type DatasetSources } from './build-dataset.ts'

/** The data folder the build reads: `data/`, or DATASET_DIR (the benchmark's synthetic data). */
export const dataDir = (root: string) => resolve(root, process.env.DATASET_DIR ?? 'data')

// Reading only: js-yaml's core schema gives the same values as the `yaml` library (which the review's writer
// keeps for its document model) four to eight times faster, most of a 100× build's time (decision 0030).
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA })

/** Reads facts.yaml, claims.yaml, sources/articles.yaml and sources/raw/*.txt from a data folder. */
export function readSources(dir: string): DatasetSources {
  const rawDir = join(dir, 'sources', 'raw')
  const rawTexts = Object.fromEntries(
    readdirSync(rawDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [basename(f, '.txt'), readFileSync(join(rawDir, f), 'utf8')]),
  )
  return {
    manifest: parse(readFileSync(join(dir, 'sources', 'articles.yaml'), 'utf8')),
    facts: parse(readFileSync(join(dir, 'facts.yaml'), 'utf8')),
    claims: parse(readFileSync(join(dir, 'claims.yaml'), 'utf8')),
    rawTexts,
  }
}

/** Reads a data folder once and builds it, for callers that need the sources as well as the result. */
export function readAndBuild(dir: string): { sources: DatasetSources | null; result: BuildResult } {
  let sources: DatasetSources | null = null
  try {
    sources = readSources(dir)
    return { sources, result: buildDataset(sources) }
  } catch (e) {
    return { sources, result: { ok: false, errors: [`${dir}: ${(e as Error).message}`] } }
  }
}

/** Builds the dataset from a data folder, turning unreadable files into build errors. */
export const buildFromDir = (dir: string): BuildResult => readAndBuild(dir).result

export function formatErrors(errors: string[]): string {
  return `Dataset build failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => `  - ${e}`).join('\n')}`
}
