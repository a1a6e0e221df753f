import type { Draft } from './draft.ts'

/**
 * What a draft holds, in a few lines a reviewer reads first (article:add prints them; the review page says
 * them of what it saved): the article, its claims, and what it adds to the dataset.
 */
export function draftSummary(draft: Draft): string[] {
  const carried = draft.claims.filter((c) => c.facts).length
  const corroborations = new Set(draft.citations.map((c) => c.factId)).size
  return [
    `${draft.article.id}: ${draft.article.title ?? draft.article.publisher ?? 'untitled'} (${draft.article.date.value}${draft.article.date.yearInferred ? '*' : ''})`,
    `${draft.claims.length} claims: ${carried} carried by facts, ${draft.claims.length - carried} left out with a reason`,
    `${draft.facts.length} new facts; quotes for ${corroborations} facts the dataset has; ${draft.disagreements.length} new disagreements; ${draft.joins.length} statements joining recorded disagreements`,
    ...(draft.companies.length ? [`new companies: ${draft.companies.map((c) => c.name).join(', ')}`] : []),
  ]
}
