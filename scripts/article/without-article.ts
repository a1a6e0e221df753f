import type { FactInput } from '../../src/domain/schema.ts'
import type { DatasetSources } from '../dataset/build-dataset.ts'
import { undatedProblem } from '../dataset/statement-checks.ts'

interface FactLike {
  id: string
  value: { kind: string; formula?: string }
  citations: { article: string; role?: string }[]
  layoff?: { mayInclude?: string[] }
}
interface ClaimLike {
  id: string
  article: string
  facts?: string[]
}
interface DisagreementLike {
  facts: string[]
  versions: { claims: string[] }[]
}

const derived = (f: FactLike) => f.value.kind === 'derived' || f.value.kind === 'derived-range'

/**
 * The data folder's sources as they would be had one article never been added: its raw text, its manifest
 * entry, its claims and its quotes gone; a fact no other article states gone with it (and a derived value
 * computed from one); disagreements left with one version gone. The leave-one-out test reads an article
 * back into what is left and compares.
 */
export function withoutArticle(sources: DatasetSources, article: string): DatasetSources {
  const factsFile = sources.facts as { companies: unknown[]; facts: FactLike[] }
  const claimsFile = sources.claims as { claims: ClaimLike[]; disagreements?: DisagreementLike[] }
  const trimmed = factsFile.facts.map((f) => ({ ...f, citations: f.citations.filter((c) => c.article !== article) }))
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
    // A date only the removed article gave goes with it.
    return undatedProblem(trimmedLayoff as unknown as FactInput)
      ? { ...trimmedLayoff, period: { value: null } }
      : trimmedLayoff
  })
  const claims = claimsFile.claims
    .filter((c) => c.article !== article)
    .map((c) => (c.facts ? { ...c, facts: c.facts.filter((id) => ids.has(id)) } : c))
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
