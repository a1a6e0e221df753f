import { readFileSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parse } from 'yaml'
import { buildDataset, type BuildResult, type DatasetSources } from './build-dataset.ts'

/** The data folder the build reads: `data/`, or DATASET_DIR (the benchmark's synthetic data). */
export const dataDir = (root: string) => resolve(root, process.env.DATASET_DIR ?? 'data')

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

/** Builds the dataset from a data folder, turning unreadable files into build errors. */
export function buildFromDir(dir: string): BuildResult {
  try {
    return buildDataset(readSources(dir))
  } catch (e) {
    return { ok: false, errors: [`${dir}: ${(e as Error).message}`] }
  }
}

export function formatErrors(errors: string[]): string {
  return `Dataset build failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => `  - ${e}`).join('\n')}`
}
