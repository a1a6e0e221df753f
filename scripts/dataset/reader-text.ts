import { YEAR_INFERRED_MARK } from '../../src/domain/format-fact.ts'
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
    ['period.basis', period.basis],
    ['namedAs', fact.namedAs],
    ['value.claim', value.kind === 'qualitative' ? value.claim : undefined],
    ['value.range.basis', 'range' in value ? value.range?.basis : undefined],
    ['layoff.location', layoff?.location ?? undefined],
    ['layoff.announcedBy', layoff?.announcedBy ?? undefined],
    ['layoff.eventDate.basis', layoff?.eventDate?.basis],
    ...(layoff?.units ?? []).map((u, i): [string, string] => [`layoff.units[${i}]`, u]),
  ]
}

/** Every text a reader sees in the data, with where it is: facts, article dates, claims and disagreements. */
function readerTexts(
  manifest: readonly ArticleManifestEntry[],
  facts: readonly FactInput[],
  claims: ClaimsFile,
): [string, string | undefined][] {
  return [
    ...facts.flatMap((f) =>
      factTexts(f).map(([field, text]): [string, string | undefined] => [`facts.yaml › ${f.id} › ${field}`, text]),
    ),
    ...manifest.map((a): [string, string] => [`articles.yaml › ${a.id} › date.basis`, a.date.basis]),
    ...claims.claims.flatMap((c) => [
      [`claims.yaml › ${c.id} › leftOut`, c.leftOut] as [string, string | undefined],
      ...(c.partsLeftOut ?? []).map((p, i): [string, string] => [
        `claims.yaml › ${c.id} › partsLeftOut[${i}].why`,
        p.why,
      ]),
    ]),
    ...claims.disagreements.flatMap((d) => [
      [`claims.yaml › ${d.id} › about`, d.about] as [string, string],
      ...d.versions.map((v, i): [string, string] => [`claims.yaml › ${d.id} › versions[${i}].says`, v.says]),
    ]),
  ]
}

const YEAR = /(?<![\d-])(1[89]|20)\d{2}(?![\d-])/g

/**
 * Reader-facing text that writes a year no article prints without its mark ("Q4 2023" for "Q4 2023*"):
 * the dashboard marks every inferred year, and its data may not say one plainly. The account of how a
 * year is inferred (an article's date.yearBasis) is the one place that weighs years, unmarked.
 */
export function unmarkedYearProblems(
  manifest: readonly ArticleManifestEntry[],
  facts: readonly FactInput[],
  claims: ClaimsFile,
  printed: (year: string) => boolean,
): string[] {
  return readerTexts(manifest, facts, claims).flatMap(([where, text]) =>
    [...(text ?? '').matchAll(YEAR)]
      .filter((m) => !printed(m[0]) && text?.[m.index + 4] !== YEAR_INFERRED_MARK)
      .map(
        (m) =>
          `${where}: writes the year ${m[0]}, which no article prints, without its mark; write “${m[0]}${YEAR_INFERRED_MARK}”`,
      ),
  )
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
    ...readerTexts(manifest, facts, claims),
    ...manifest.map((a): [string, string | undefined] => [
      `articles.yaml › ${a.id} › date.yearBasis`,
      a.date.yearBasis,
    ]),
  ].flatMap(([where, text]) => check(where, text))
}
