import { useId } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Citation, CitationRole, Fact } from '../dataset/schema'
import { citationRole, isDerivedValue } from '../dataset/kinds'
import { Excerpts } from './Excerpt'

/** The headings quotes are grouped under, after the value's own ("Stated by N of 5 articles"). */
export const ROLE_HEADINGS = {
  date: 'When: the date in the articles',
  attribution: 'Who announced or produced it',
  detail: 'Other details in the articles',
} as const satisfies Record<Exclude<CitationRole, 'value'>, string>

function RoleSection({
  heading,
  quotes,
  role,
  index,
  onOpenArticle,
}: {
  heading: string
  quotes: readonly Citation[]
  role: CitationRole
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
}) {
  const id = useId()
  const citations = quotes.filter((c) => citationRole(c) === role)
  // A derived value's heading says why it has no quotes; other roles are left out when empty.
  if (!citations.length && role !== 'value') return null
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
        {heading}
      </h3>
      <Excerpts quotes={citations} index={index} onOpenArticle={onOpenArticle} />
    </section>
  )
}

/**
 * A fact's quotes under one heading per role: those that state the value (the only ones counted in
 * "stated by N of 5 articles"), then those that date it, attribute it and add details.
 */
export function CitationsByRole({
  fact,
  quotes,
  index,
  onOpenArticle,
}: {
  fact: Fact
  /** The fact's quotes, from the evidence file. */
  quotes: readonly Citation[]
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
}) {
  const stating = index.articleCountOf.get(fact.id) ?? 0
  const valueHeading = isDerivedValue(fact.value)
    ? 'No article states this value; see its inputs above'
    : `Stated by ${stating} of ${index.articleById.size} articles`
  return (
    <>
      <RoleSection heading={valueHeading} role="value" quotes={quotes} index={index} onOpenArticle={onOpenArticle} />
      {(['date', 'attribution', 'detail'] as const).map((role) => (
        <RoleSection
          key={role}
          heading={ROLE_HEADINGS[role]}
          role={role}
          quotes={quotes}
          index={index}
          onOpenArticle={onOpenArticle}
        />
      ))}
    </>
  )
}
