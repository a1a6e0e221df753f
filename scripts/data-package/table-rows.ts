import { articleLabel } from '../../src/domain/article-label.ts'
import { buildIndex } from '../../src/domain/dataset-index.ts'
import { buildEvidenceIndex } from '../../src/domain/evidence-index.ts'
import { citationRole } from '../../src/domain/kinds.ts'
import { factRow } from '../../src/domain/fact-row.ts'
import type { ArticleTexts, Dataset, Evidence } from '../../src/domain/schema.ts'
import type { CsvCell } from '../../src/lib/csv.ts'
import type { CitedWork } from '../../src/domain/citation.ts'
import type { ClaimsFile } from '../dataset/claims.ts'
import type { ResourceName } from './table-schemas.ts'

/** What the package is made from: the built dataset, its quotes and texts, and the claim inventory. */
export interface PackageSources {
  dataset: Dataset
  evidence: Evidence
  texts: ArticleTexts
  claims: ClaimsFile
  /** The charts, as the README cites them (see cited-charts.ts for where they come from). */
  charts: readonly Required<CitedWork>[]
}

export type Row = Readonly<Record<string, CsvCell>>

/** Every row of every resource, keyed by the Table Schema's field names. */
export function tableRows({ dataset, evidence, texts, claims }: PackageSources): Record<ResourceName, Row[]> {
  const index = buildIndex(dataset)
  const quoted = { index, evidence: buildEvidenceIndex(evidence) }
  const label = (articleId: string) => {
    const article = index.articleById.get(articleId)
    return article ? articleLabel(article) : articleId
  }
  const textOf = new Map(texts.articles.map((a) => [a.id, a.text]))

  // The fact rows the app's CSVs are written from; the facts Table Schema picks its columns (FACT_COLUMNS).
  const facts = dataset.facts.map((fact): Row => ({ ...factRow(quoted, fact) }))

  const citations = Object.entries(evidence.citations).flatMap(([factId, quotes]) =>
    quotes.map((c, i): Row => ({
      fact_id: factId,
      citation_number: i + 1,
      article_id: c.article,
      article: label(c.article),
      role: citationRole(c),
      quote: c.quote,
      start: c.start,
      end: c.end,
    })),
  )

  const articles = dataset.articles.map((a): Row => ({
    article_id: a.id,
    label: articleLabel(a),
    headline: a.title ?? '',
    publisher: a.publisher ?? '',
    author: a.author ?? '',
    date: a.date.value,
    date_inferred: a.date.inferred,
    date_basis: a.date.basis,
    year_inferred: a.date.yearInferred ?? false,
    year_basis: a.date.yearBasis ?? '',
  }))

  const disagreements = evidence.disagreements.flatMap((d) =>
    d.versions.flatMap((v, i) =>
      v.quotes.map((q, j): Row => ({
        disagreement_id: d.id,
        about: d.about,
        facts: d.facts.join(' '),
        version_number: i + 1,
        says: v.says,
        quote_number: j + 1,
        article_id: q.article,
        article: label(q.article),
        quote: q.quote,
        start: q.start,
        end: q.end,
      })),
    ),
  )

  const claimRows = claims.claims.flatMap((claim) =>
    claim.quotes.map((quote, i): Row => {
      const start = textOf.get(claim.article)?.indexOf(quote) ?? -1
      return {
        claim_id: claim.id,
        quote_number: i + 1,
        article_id: claim.article,
        article: label(claim.article),
        sentence: quote,
        // The build checked every quote is in its article; -1 would fail the package's own validation.
        start,
        end: start + quote.length,
        carried_by: (claim.facts ?? []).join(' '),
        left_out: claim.leftOut ?? '',
      }
    }),
  )

  return { facts, citations, articles, disagreements, claims: claimRows }
}
