import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { FactValue } from '../../src/domain/schema.ts'
import type { ClaimsFile } from '../dataset/claims.ts'
import { cleanArticle, type ArticleManifestEntry } from '../dataset/clean-article.ts'
import { buildFromDir, readSources } from '../dataset/load-sources.ts'
import { splitSentences } from '../dataset/sentences.ts'
import { applyDraft, type ApplyResult } from './apply.ts'
import type { Draft } from './draft.ts'
import { proposeArticle } from './intake.ts'
import { withoutArticle } from './without-article.ts'

/** How an article read back compares with what the dataset had of it. */
export interface LeaveOneOut {
  article: string
  /** Sentences proposed as carried or left out as the claim inventory has them. */
  sentences: { agree: number; total: number; misses: string[] }
  /** Figures the article states, back with the same value, kind, unit, company and period (or as a quote of the fact). */
  numbers: { agree: number; total: number; misses: string[] }
  applied: ApplyResult
}

// Figures: what a value quote of the article states as a number or a quantity in words.
const FIGURE_KINDS = new Set(['stated', 'approximate', 'bound', 'vague'])

const sameValue = (a: FactValue, b: FactValue) =>
  a.kind === b.kind &&
  a.unit === b.unit &&
  ('amount' in a ? 'amount' in b && a.amount === b.amount : true) &&
  ('words' in a && typeof a.words === 'string' ? 'words' in b && a.words === b.words : true)

/**
 * Takes one article out of a copy of the data folder, reads its raw text back with the intake (--date as the
 * dataset had it, every proposal accepted), and compares: each sentence carried or left out as the inventory
 * had it, and each figure back as a fact with the same value, kind, unit, company and period, or, where
 * another article states it too, as a quote of that fact.
 */
export function leaveOneOut(dataDir: string, article: string): LeaveOneOut {
  const sources = readSources(dataDir)
  const full = buildFromDir(dataDir)
  if (!full.ok) throw new Error(`the dataset does not build: ${full.errors[0]}`)
  const entry = (sources.manifest as ArticleManifestEntry[]).find((e) => e.id === article)!
  const rest = withoutArticle(sources, article)
  const dir = mkdtempSync(join(tmpdir(), 'leave-one-out-'))
  try {
    cpSync(dataDir, dir, { recursive: true })
    writeFileSync(join(dir, 'facts.yaml'), stringify(rest.facts, { lineWidth: 0 }))
    writeFileSync(join(dir, 'claims.yaml'), stringify(rest.claims, { lineWidth: 0 }))
    writeFileSync(join(dir, 'sources', 'articles.yaml'), stringify(rest.manifest, { lineWidth: 0 }))
    rmSync(join(dir, 'sources', 'raw', `${article}.txt`))
    const kept = buildFromDir(dir)
    if (!kept.ok) throw new Error(`the dataset without ${article} does not build: ${kept.errors[0]}`)
    const raw = sources.rawTexts[article]
    const draft = proposeArticle({ text: raw, format: 'text', hints: {} }, { date: entry.date.value }, dir)
    const applied = applyDraft(draft, dir)
    const keptIds = new Set(kept.dataset.facts.map((f) => f.id))
    return {
      article,
      sentences: compareSentences(draft, raw, entry, sources.claims as ClaimsFile),
      numbers: compareNumbers(draft, keptIds, full, article),
      applied,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function compareSentences(draft: Draft, raw: string, entry: ArticleManifestEntry, claims: ClaimsFile) {
  const { text } = cleanArticle(raw, entry)
  const inventory = claims.claims.filter((c) => c.article === entry.id)
  const misses: string[] = []
  const sentences = splitSentences(text)
  for (const s of sentences) {
    const truth = inventory.find((c) => c.quotes.some((q) => q.includes(s.text) || s.text.includes(q)))
    const mine = draft.claims.find((c) => c.quotes.includes(s.text))
    if (!mine || Boolean(mine.facts) !== Boolean(truth?.facts))
      misses.push(
        `${truth?.facts ? 'carried' : 'left out'} in the inventory, ${mine ? (mine.facts ? 'carried' : 'left out') : 'missing'}: “${s.text}”`,
      )
  }
  return { agree: sentences.length - misses.length, total: sentences.length, misses }
}

function compareNumbers(
  draft: Draft,
  keptIds: Set<string>,
  full: Extract<ReturnType<typeof buildFromDir>, { ok: true }>,
  article: string,
) {
  const figures = full.dataset.facts.filter(
    (f) =>
      FIGURE_KINDS.has(f.value.kind) &&
      (full.evidence.citations[f.id] ?? []).some((c) => c.article === article && c.role === 'value'),
  )
  const misses: string[] = []
  for (const f of figures) {
    const back = keptIds.has(f.id)
      ? draft.citations.some((c) => c.factId === f.id && (c.citation.role ?? 'value') === 'value')
      : draft.facts.some(
          ({ fact }) =>
            fact.metric === f.metric &&
            fact.company === f.company &&
            fact.period.value === f.period.value &&
            sameValue(fact.value as FactValue, f.value),
        )
    if (!back) misses.push(`${f.id} (${keptIds.has(f.id) ? 'a quote of the fact expected' : 'a new fact expected'})`)
  }
  return { agree: figures.length - misses.length, total: figures.length, misses }
}
