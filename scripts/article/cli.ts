// npm run article:add -- FILE [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--url URL] [--accept]
// Reads an article (plain text or a saved HTML page) and proposes what the dataset takes from it. Without
// --accept it writes a draft to drafts/ for the review page; with --accept it writes every proposal into
// data/ and builds the dataset, leaving data/ as it was if the build refuses it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dataDir } from '../dataset/load-sources.ts'
import { draftSummary } from './draft-summary.ts'
import type { Draft } from './draft.ts'
import { draftsDir } from './drafts.ts'
import { Refusal, readArticleInput } from './input.ts'
import { proposeArticle } from './intake.ts'
import { messageSubject } from './message-subjects.ts'

const USAGE =
  'usage: npm run article:add -- FILE [--date YYYY-MM-DD] [--publisher NAME] [--title TEXT] [--url URL] [--accept]'

/** The build's messages, each with the sentence of the article it is about, where one is named. */
function withSentences(errors: string[], draft: Draft): string {
  return errors
    .map((e) => {
      const sentence = messageSubject(e, draft)?.sentence
      const claim = sentence == null ? undefined : draft.claims.find((c) => c.sentence === sentence)
      return `  - ${e}${claim ? `\n      sentence: “${claim.quotes.join(' ')}”` : ''}`
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
  console.log(draftSummary(draft).join('\n  '))
  if (!values.accept) {
    const dir = draftsDir(root)
    mkdirSync(dir, { recursive: true })
    const file = join(dir, `${draft.article.id}.json`)
    writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`)
    console.log(`\nWrote the draft to ${file}. Nothing in data/ has changed.`)
    console.log(`Review it: npm run dev, then open http://localhost:5173/review.html?draft=${draft.article.id}`)
    console.log(`Or take every proposal as it is: add --accept.`)
    return 0
  }
  // The YAML writer is needed only to write: proposals alone do not wait for it to load.
  const { applyDraft } = await import('./apply.ts')
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
