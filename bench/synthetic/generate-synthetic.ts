// Writes a synthetic data folder for the performance benchmark, shaped like data/ and passing the same build:
//   npx tsx bench/synthetic/generate-synthetic.ts <out-dir> [--scale 100]
// Scale 100 gives about 5,000 facts and 400 articles (the real data has 19 and 5). The output is a pure function
// of the scale: a seeded PRNG drives every choice, so two runs write identical files.
// The generator lives beside it in bench/synthetic/; this file is its entry point for the CLI, the benchmark and the tests.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { buildFromDir, formatErrors } from '../../scripts/dataset/load-sources.ts'
import { generateData } from './generate-data.ts'
import { assertWritable, writeSyntheticFolder } from './write.ts'

export interface SyntheticCounts {
  facts: number
  citations: number
  articles: number
}

/** How big each part is: scale 100 is 40 quarters (2014-Q1 to 2023-Q4) and about 5,000 facts in 400 articles. */
export function syntheticPlan(scale: number) {
  const quarters = Math.max(1, Math.round(0.4 * scale))
  // Each quarter has 18 facts (12 shares, others, 3 AWS results, 2 spending); each group 4 layoff and 5 key figures.
  const groups = Math.max(1, Math.round((50 * scale - 18 * quarters) / 9))
  return { quarters, groups, articles: 4 * scale, facts: 18 * quarters + 9 * groups }
}

/** Writes facts.yaml, sources/articles.yaml and sources/raw/<id>.txt into outDir, replacing an earlier run's files. */
export function generateSynthetic(outDir: string, scale = 100): SyntheticCounts {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of at least 1, not ${scale}`)
  assertWritable(outDir)
  const data = generateData(syntheticPlan(scale))
  writeSyntheticFolder(outDir, data)
  const { facts, manifest } = data
  const citations = facts.reduce((sum, f) => sum + f.citations.length, 0)
  return { facts: facts.length, citations, articles: manifest.length }
}

function parseCli(argv: string[]): { outDir: string; scale: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { scale: { type: 'string' } },
    allowPositionals: true,
  })
  if (positionals.length !== 1) throw new Error('usage: generate-synthetic.ts <out-dir> [--scale 100]')
  return { outDir: resolve(positionals[0]), scale: Number(values.scale ?? 100) }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function main(): void {
  const { outDir, scale } = parseCli(process.argv.slice(2))
  const started = performance.now()
  generateSynthetic(outDir, scale)
  const generated = performance.now()
  // Build it straight away: the summary reports what the app would load, and a bad generator fails here.
  const result = buildFromDir(outDir)
  const built = performance.now()
  if (!result.ok) {
    console.error(formatErrors(result.errors))
    process.exit(1)
  }
  const { facts, articles } = result.dataset
  const citations = facts.reduce((sum, f) => sum + f.citations.length, 0)
  const bytes = Buffer.byteLength(JSON.stringify(result.dataset))
  console.log(
    `${outDir}: ${facts.length} facts, ${citations} citations, ${articles.length} articles; dataset JSON ${bytes} bytes ` +
      `(generated in ${seconds(generated - started)}, built in ${seconds(built - generated)})`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
