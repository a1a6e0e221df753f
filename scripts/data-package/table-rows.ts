import { articleLabel } from '../../src/domain/article-label.ts'
import { buildIndex } from '../../src/domain/dataset-index.ts'
import { buildEvidenceIndex } from '../../src/domain/evidence-index.ts'
import { citationRole } from '../../src/domain/kinds.ts'
import type { ArticleTexts, Dataset, Evidence } from '../../src/domain/schema.ts'
import { csvRow } from '../../src/features/export/chart-csv.ts'
import type { CitedWork } from '../../src/features/get-data/citation.ts'
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

export type Cell = string | number | boolean | null
export type Row = Record<string, Cell>

/** Every row of every resource, keyed by the Table Schema's field names. */
export function tableRows({ dataset, evidence, texts, claims }: PackageSources): Record<ResourceName, Row[]> {
  const index = buildIndex(dataset)
  const quoted = { index, evidence: buildEvidenceIndex(evidence) }
  const label = (articleId: string) => {
    const article = index.articleById.get(articleId)
    return article ? articleLabel(article) : articleId
  }
  const textOf = new Map(texts.articles.map((a) => [a.id, a.text]))

  const facts = dataset.facts.map((fact): Row => {
    const row = csvRow(quoted, fact)
    return {
      fact_id: row.fact_id,
      label: row.label,
      company: row.company,
      metric: fact.metric,
      period: row.period,
      period_iso: row.period_iso,
      period_start: row.period_start,
      period_end: row.period_end,
      period_words: row.period_words,
      year_inferred: row.year_inferred,
      event_date_iso: row.event_date_iso,
      value: row.value,
      value_text: row.value_text,
      value_words: row.value_words,
      range_min: row.range_min,
      range_max: row.range_max,
      range_basis: row.range_basis,
      unit: row.unit,
      kind: row.kind,
      derived: row.derived,
      vague: row.vague,
      formula: row.formula,
      formula_ids: row.formula_ids,
      source: row.source,
      stated_by: row.stated_by,
      articles: row.source_article_labels,
      publishers: row.source_publishers,
      articles_differ: row.articles_differ,
      note: row.note,
    }
  })

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
