import { findAttributions } from '../../src/domain/claim-vocabulary.ts'
import type { FactInput } from '../../src/domain/schema.ts'
import { SOURCE_PART_SEPARATOR } from '../../src/domain/source-credit.ts'
import type { DatasetSources } from '../dataset/build-dataset.ts'
import { undatedProblem } from '../dataset/statement-checks.ts'
import { claimWordProblems, namesParty } from '../dataset/wording-checks.ts'

interface FactLike {
  id: string
  source: string
  value: { kind: string; formula?: string }
  citations: { article: string; role?: string; quote: string }[]
  layoff?: { mayInclude?: string[]; announcedBy?: string | null }
}
interface ClaimLike {
  id: string
  article: string
  facts?: string[]
  leftOut?: string
}
interface DisagreementLike {
  facts: string[]
  versions: { claims: string[] }[]
}

const derived = (f: FactLike) => f.value.kind === 'derived' || f.value.kind === 'derived-range'

/**
 * A source without the parts only the removed article's quotes credit ("AWS (“The company stated”)" when that
 * sentence goes): the build holds each part of a source to a value or attribution sentence that credits it.
 */
function sourceWithout(fact: FactLike, article: string, companyNames: readonly string[]): string {
  const parties = (keep: boolean) =>
    fact.citations
      .filter((c) => (c.article !== article) === keep && ['value', 'attribution'].includes(c.role ?? 'value'))
      .flatMap((c) => findAttributions(c.quote))
  const removed = parties(false)
  const kept = parties(true)
  const credits = (part: string, credited: typeof kept) => credited.some((a) => namesParty(part, a.party, companyNames))
  const parts = fact.source.split(SOURCE_PART_SEPARATOR)
  const left = parts.filter((part) => !credits(part, removed) || credits(part, kept))
  if (left.length === parts.length) return fact.source
  return left.length ? left.join('; ') : 'Not named in the articles left'
}

/**
 * The data folder's sources as they would be had one article never been added: its raw text, its manifest
 * entry, its claims and its quotes gone; a fact no other article states gone with it (and a derived value
 * computed from one); disagreements left with one version gone. The leave-one-out test reads an article
 * back into what is left and compares.
 */
export function withoutArticle(sources: DatasetSources, article: string): DatasetSources {
  const factsFile = sources.facts as { companies: unknown[]; facts: FactLike[] }
  const claimsFile = sources.claims as { claims: ClaimLike[]; disagreements?: DisagreementLike[] }
  const companyNames = (factsFile.companies as { name: string }[]).map((c) => c.name)
  const trimmed = factsFile.facts.map((f) => ({
    ...f,
    source: sourceWithout(f, article, companyNames),
    citations: f.citations.filter((c) => c.article !== article),
  }))
  let kept = trimmed.filter((f) => derived(f) || f.citations.some((c) => (c.role ?? 'value') === 'value'))
  // A derived value goes with any input that went.
  for (let changed = true; changed;) {
    const ids = new Set(kept.map((f) => f.id))
    const next = kept.filter(
      (f) => !derived(f) || [...(f.value.formula ?? '').matchAll(/\{([^}]+)\}/g)].every((m) => ids.has(m[1])),
    )
    changed = next.length !== kept.length
    kept = next
  }
  const ids = new Set(kept.map((f) => f.id))
  const facts = kept.map((f) => {
    const trimmedLayoff = f.layoff?.mayInclude
      ? { ...f, layoff: { ...f.layoff, mayInclude: f.layoff.mayInclude.filter((id) => ids.has(id)) } }
      : f
    // A date only the removed article gave goes with it, and so does who announced it, when only its words said so.
    const dated = undatedProblem(trimmedLayoff as unknown as FactInput)
      ? { ...trimmedLayoff, period: { value: null } }
      : trimmedLayoff
    const unsaid = claimWordProblems(dated as unknown as FactInput).some((p) => p.startsWith('layoff.announcedBy'))
    return unsaid && dated.layoff ? { ...dated, layoff: { ...dated.layoff, announcedBy: null } } : dated
  })
  const claims = claimsFile.claims
    .filter((c) => c.article !== article)
    .map((c): ClaimLike => {
      const facts = c.facts?.filter((id) => ids.has(id))
      if (!facts || facts.length) return facts ? { ...c, facts } : c
      // A claim whose facts only the removed article stated is left out, as the intake would leave it.
      return { ...c, facts: undefined, leftOut: 'Its facts were stated only by the article taken out.' }
    })
  const claimIds = new Set(claims.map((c) => c.id))
  const disagreements = (claimsFile.disagreements ?? [])
    .map((d) => ({
      ...d,
      facts: d.facts.filter((id) => ids.has(id)),
      versions: d.versions
        .map((v) => ({ ...v, claims: v.claims.filter((id) => claimIds.has(id)) }))
        .filter((v) => v.claims.length),
    }))
    .filter((d) => d.facts.length && d.versions.length >= 2)
  return {
    manifest: (sources.manifest as { id: string }[]).filter((e) => e.id !== article),
    facts: { ...factsFile, facts },
    claims: { ...claimsFile, claims, disagreements },
    rawTexts: Object.fromEntries(Object.entries(sources.rawTexts).filter(([id]) => id !== article)),
  }
}
