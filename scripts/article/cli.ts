// npm run article:add -- FILE [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--url URL] [--accept]
// Reads an article (plain text or a saved HTML page) and proposes what the dataset takes from it. Without
// --accept it writes a draft to drafts/ for the review page; with --accept it writes every proposal into
// data/ and builds the dataset, leaving data/ as it was if the build refuses it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dataDir } from '../dataset/load-sources.ts'
import { applyDraft } from './apply.ts'
import type { Draft } from './draft.ts'
import { DRAFTS_DIR } from './drafts.ts'
import { Refusal, readArticleInput } from './input.ts'
import { proposeArticle } from './intake.ts'

const USAGE =
  'usage: npm run article:add -- FILE [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--url URL] [--accept]'

/** What the draft holds, in a few lines a reviewer reads first. */
function summary(draft: Draft): string {
  const carried = draft.claims.filter((c) => c.facts).length
  const corroborations = new Set(draft.citations.map((c) => c.factId)).size
  return [
    `${draft.article.id}: ${draft.article.title ?? draft.article.publisher ?? 'untitled'} (${draft.article.date.value}${draft.article.date.yearInferred ? '*' : ''})`,
    `  ${draft.claims.length} claims: ${carried} carried by facts, ${draft.claims.length - carried} left out with a reason`,
    `  ${draft.facts.length} new facts; quotes for ${corroborations} facts the dataset has; ${draft.disagreements.length} new disagreements; ${draft.joins.length} statements joining recorded disagreements`,
    ...(draft.companies.length ? [`  new companies: ${draft.companies.map((c) => c.name).join(', ')}`] : []),
  ].join('\n')
}

/** The build's messages, each with the sentence of the article it is about, where one is named. */
function withSentences(errors: string[], draft: Draft): string {
  const sentenceOf = (id: string) => {
    const claim = draft.claims.find((c) => c.id === id || c.facts?.includes(id))
    return claim ? claim.quotes.join(' ') : null
  }
  const ids = [
    ...draft.facts.map((f) => f.fact.id),
    ...draft.citations.map((c) => c.factId),
    ...draft.claims.map((c) => c.id),
  ]
  return errors
    .map((e) => {
      const id = ids.find((i) => e.includes(` ${i} `) || e.includes(`› ${i}`))
      const sentence = id && sentenceOf(id)
      return `  - ${e}${sentence ? `\n      sentence: “${sentence}”` : ''}`
    })
    .join('\n')
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      accept: { type: 'boolean', default: false },
    },
  })
  if (positionals.length !== 1) throw new Refusal(USAGE)
  const root = process.cwd()
  const input = await readArticleInput(resolve(positionals[0]))
  const draft = proposeArticle(input, values, dataDir(root))
  console.log(summary(draft))
  if (!values.accept) {
    const dir = join(root, DRAFTS_DIR)
    mkdirSync(dir, { recursive: true })
    const file = join(dir, `${draft.article.id}.json`)
    writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`)
    console.log(`\nWrote the draft to ${file}. Nothing in data/ has changed.`)
    console.log(`Review it: npm run dev, then open http://localhost:5173/review.html?draft=${draft.article.id}`)
    console.log(`Or take every proposal as it is: add --accept.`)
    return 0
  }
  const result = applyDraft(draft, dataDir(root))
  if (!result.ok) {
    console.error(
      `\nThe dataset checks refused the proposals; data/ is left as it was:\n${withSentences(result.errors, draft)}`,
    )
    return 1
  }
  console.log(`\nAdded to the dataset, which builds:\n${result.written.map((f) => `  ${f}`).join('\n')}`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof Refusal || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`article:add: ${(e as Error).message}. Nothing was written.`)
      process.exit(2)
    }
    throw e
  },
)
