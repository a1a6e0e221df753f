import type { FactInput } from '../../src/domain/schema.ts'
import type { ClaimsFile } from './claims.ts'
import type { ArticleManifestEntry } from './clean-article.ts'

/** The text of a fact that readers see on the page, by field. */
function factTexts(fact: FactInput): [string, string | undefined][] {
  const { value, layoff, period } = fact
  return [
    ['label', fact.label],
    ['source', fact.source],
    ['note', fact.note],
    ['period.words', period.words],
    ['value.claim', value.kind === 'qualitative' ? value.claim : undefined],
    ['value.range.basis', value.kind === 'vague' ? value.range?.basis : undefined],
    ['layoff.location', layoff?.location ?? undefined],
    ['layoff.announcedBy', layoff?.announcedBy ?? undefined],
    ['layoff.eventDate.basis', layoff?.eventDate?.basis],
    ...(layoff?.units ?? []).map((u, i): [string, string] => [`layoff.units[${i}]`, u]),
  ]
}

/**
 * Reader-facing text that names an article by the number of its file ("002", "(000, 004)"): readers
 * know articles by title and publisher, so the build asks for those. Numbers inside figures
 * ("60,000") or words ("Converge360") do not count.
 */
export function articleNumberProblems(
  manifest: readonly ArticleManifestEntry[],
  facts: readonly FactInput[],
  claims: ClaimsFile,
): string[] {
  const numbers = manifest.flatMap((a) => (a.id.includes('_') ? [a.id.split('_')[0]] : []))
  if (!numbers.length) return []
  const pattern = new RegExp(`(?<![\\p{L}\\d,.])(${numbers.join('|')})(?![\\p{L}\\d_]|[,.]\\d)`, 'u')
  const check = (where: string, text: string | undefined) => {
    const found = text && pattern.exec(text)
    return found
      ? [`${where}: names an article by its file number "${found[1]}"; name it by publisher or title instead`]
      : []
  }
  return [
    ...facts.flatMap((f) => factTexts(f).flatMap(([field, text]) => check(`facts.yaml › ${f.id} › ${field}`, text))),
    ...manifest.flatMap((a) => [
      ...check(`articles.yaml › ${a.id} › date.basis`, a.date.basis),
      ...check(`articles.yaml › ${a.id} › date.yearBasis`, a.date.yearBasis),
    ]),
    ...claims.disagreements.flatMap((d) => [
      ...check(`claims.yaml › ${d.id} › about`, d.about),
      ...d.versions.flatMap((v, i) => check(`claims.yaml › ${d.id} › versions[${i}].says`, v.says)),
    ]),
  ]
}
