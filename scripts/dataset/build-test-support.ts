// Helpers for the build's tests: the real sources, typed for reading and for breaking on purpose.
import { resolve } from 'node:path'
import { expect } from 'vitest'
import type { Company, FactInput, QuotedFact } from '../../src/domain/schema.ts'
import { buildDataset } from './build-dataset.ts'
import type { ClaimsFile } from './claims.ts'
import type { ArticleManifestEntry } from './clean-article.ts'
import { readSources } from './load-sources.ts'

/** The parsed YAML, typed for reading and for breaking on purpose. */
export interface Sources {
  manifest: ArticleManifestEntry[]
  facts: { companies: Company[]; facts: FactInput[] }
  claims: ClaimsFile
  rawTexts: Record<string, string>
}

export const sources = readSources(resolve(import.meta.dirname, '../../data')) as Sources
export const built = buildDataset(sources)

export function factIn(s: Sources, id: string): FactInput {
  const fact = s.facts.facts.find((f) => f.id === id)
  if (!fact) throw new Error(`no fact "${id}" in data/facts.yaml`)
  return fact
}

export function claimIn(s: Sources, id: string): ClaimsFile['claims'][number] {
  const claim = s.claims.claims.find((c) => c.id === id)
  if (!claim) throw new Error(`no claim "${id}" in data/claims.yaml`)
  return claim
}

export function articleIn(s: Sources, prefix: string): ArticleManifestEntry {
  const entry = s.manifest.find((a) => a.id.startsWith(prefix))
  if (!entry) throw new Error(`no article "${prefix}…" in data/sources/articles.yaml`)
  return entry
}

/** A deep copy of the real sources with one deliberate change; the build must reject it. */
export function buildBroken(change: (s: Sources) => void): string[] {
  const copy = structuredClone(sources)
  change(copy)
  const result = buildDataset(copy)
  expect(result.ok, 'the broken copy built').toBe(false)
  return result.ok ? [] : result.errors
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Some error names `id` (as "› id ›" or "› id:") and states every one of `problems`. */
export function expectError(errors: string[], id: string, ...problems: (string | RegExp)[]) {
  const names = new RegExp(`› ${escapeRegExp(id)}( ›|:)`)
  const found = errors.some(
    (e) => names.test(e) && problems.every((p) => (typeof p === 'string' ? e.includes(p) : p.test(e))),
  )
  expect(found, `no error names ${id} and says ${problems.join(' and ')}; errors:\n${errors.join('\n')}`).toBe(true)
}

function builtOk() {
  if (!built.ok) throw new Error(`the real data does not build:\n${built.errors.join('\n')}`)
  return built
}

export const dataset = () => builtOk().dataset

/** The quotes the build writes apart from the dataset (evidence.json). */
export const evidence = () => builtOk().evidence

/** The real data's facts, each with its quotes from the evidence file, as the build checked them. */
export const quotedFacts = (): QuotedFact[] =>
  dataset().facts.map((f) => ({ ...f, citations: evidence().citations[f.id] ?? [] }))

/** The cleaned text of an article of the real data, which the build writes apart from the dataset. */
export function articleText(id: string): string {
  const article = builtOk().texts.articles.find((a) => a.id === id)
  if (!article) throw new Error(`no text for article "${id}"`)
  return article.text
}

export function builtFact(id: string): QuotedFact {
  const fact = quotedFacts().find((f) => f.id === id)
  if (!fact) throw new Error(`no fact "${id}" in the dataset`)
  return fact
}
