// npm run data:check validates data/ without building the app;
// npm run data:build also writes the dataset to the given path (default out/dataset.json).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildFromDir, dataDir, formatErrors } from './load-sources.ts'

const args = process.argv.slice(2)
const check = args.includes('--check')
const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'out/dataset.json')

const dir = dataDir(process.cwd())
const result = buildFromDir(dir)
if (!result.ok) {
  console.error(formatErrors(result.errors))
  process.exit(1)
}
const { facts, articles } = result.dataset
const citations = facts.reduce((n, f) => n + f.citations.length, 0)
const multi = facts.filter((f) => new Set(f.citations.map((c) => c.article)).size >= 2).length
console.log(
  `${dir}: ${facts.length} facts, ${citations} citations, ${articles.length} articles; ${multi} facts stated by two or more articles`,
)
if (!check) {
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify(result.dataset))
  console.log(`wrote ${out}`)
}
