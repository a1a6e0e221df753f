// npm run data:check validates data/ without building the app;
// npm run data:build also writes the dataset to the given path (default out/dataset.json), and the
// quotes (evidence.json) and the article texts (articles.json) beside it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { citationRole } from '../../src/domain/kinds.ts'
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
const { disagreements } = result.evidence
const { sentences, claims, carried, leftOut } = result.inventory
const citations = facts.flatMap((f) => f.citations)
const multi = facts.filter(
  (f) => new Set(f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article)).size >= 2,
).length
/** "stated 9, vague 2": how many of each, in order of first appearance. */
function tally(items: string[]): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].map(([key, n]) => `${key} ${n}`).join(', ')
}
console.log(
  `${dir}: ${facts.length} facts (${tally(facts.map((f) => f.value.kind))}), ` +
    `${citations.length} citations (${tally(citations.map(citationRole))}), ${articles.length} articles; ` +
    `${multi} facts stated by two or more articles`,
)
console.log(
  `claims: ${sentences} sentences in ${claims} claims; ${carried} carried by facts, ${leftOut} left out with reasons; ` +
    `${disagreements.length} disagreements`,
)
if (!check) {
  mkdirSync(dirname(out), { recursive: true })
  const beside = (name: string) => join(dirname(out), name)
  writeFileSync(out, JSON.stringify(result.dataset))
  writeFileSync(beside('evidence.json'), JSON.stringify(result.evidence))
  writeFileSync(beside('articles.json'), JSON.stringify(result.texts))
  console.log(`wrote ${out}, and ${beside('evidence.json')} and ${beside('articles.json')} beside it`)
}
