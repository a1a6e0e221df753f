import type { QuotedFact } from '../../src/domain/schema.ts'
import type { DatasetContext } from './build-draft.ts'
import { contentWords } from './words.ts'

/** A claim in words of the dataset, ready to be looked for in a sentence. */
export interface WordedFact {
  fact: QuotedFact
  /** Its own words ("streamline"), each with the pattern that finds it whole. */
  words: { word: string; lower: string; pattern: RegExp }[]
  /** The content words of its quotes. */
  quoteWords: Set<string>
}

/** The ids of the claims the disagreements' versions cite: the only claims a sentence is compared with by words. */
export const versionClaimIds = (disagreements: DatasetContext['disagreements']) =>
  new Set(disagreements.flatMap((d) => d.versions.flatMap((v) => v.claims)))

/** The dataset indexed once for matching: facts by metric, claims in words, claims' words. */
export interface FactIndex {
  byMetric: Map<string, QuotedFact[]>
  worded: WordedFact[]
  /** The claims the disagreements' versions cite: their article and content words. */
  versionClaims: Map<string, { article: string; words: Set<string> }>
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const built = new WeakMap<DatasetContext, FactIndex>()

/** The index of a dataset context, built on first use: at 100× the data, matching is lookups, not scans. */
export function factIndex(ctx: DatasetContext): FactIndex {
  const cached = built.get(ctx)
  if (cached) return cached
  const byMetric = new Map<string, QuotedFact[]>()
  for (const f of ctx.facts) {
    const list = byMetric.get(f.metric)
    if (list) list.push(f)
    else byMetric.set(f.metric, [f])
  }
  const worded = ctx.facts
    .filter((f) => f.value.kind === 'qualitative')
    .map((fact) => ({
      fact,
      words: (fact.value.kind === 'qualitative' ? fact.value.words : []).map((word) => ({
        word,
        lower: word.toLowerCase(),
        pattern: new RegExp(`(?<![\\w-])${escape(word)}(?![\\w-])`, 'i'),
      })),
      quoteWords: contentWords(fact.citations.map((c) => c.quote).join(' ')),
    }))
  // Only a version's claims are ever compared with a sentence: at 100× the data, 15,600 claims, none in a version.
  const inVersions = versionClaimIds(ctx.disagreements)
  const versionClaims = new Map(
    ctx.claims
      .filter((c) => inVersions.has(c.id))
      .map((c) => [c.id, { article: c.article, words: contentWords((c.quotes ?? []).join(' ')) }]),
  )
  const index = { byMetric, worded, versionClaims }
  built.set(ctx, index)
  return index
}
