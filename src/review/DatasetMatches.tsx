import { formatPeriod, formatValue } from '../domain/format-fact.ts'
import type { Company } from '../domain/schema.ts'
import type { SentenceProposal } from './proposals.ts'
import type { DraftView, KnownFact } from '../../scripts/review/review-api.ts'

const H3 = 'text-sm font-semibold text-slate-900 dark:text-slate-50'
const MUTED = 'text-slate-600 dark:text-slate-400'

/** A fact the dataset has, in one line, with its first quote and the article it is from. */
function KnownFactLine({ fact, companies }: { fact: KnownFact | undefined; companies: readonly Company[] }) {
  if (!fact) return <span className={MUTED}>a fact the dataset does not have</span>
  const company = companies.find((c) => c.id === fact.company)?.name ?? fact.company
  return (
    <span>
      <strong>{fact.label}</strong>: {formatValue(fact.value)}, {formatPeriod(fact.period)}, {company}, from{' '}
      {fact.source}
      {fact.quote && (
        <span className={`block ${MUTED}`}>
          The dataset quotes “{fact.quote.text}” ({fact.quote.article})
        </span>
      )}
    </span>
  )
}

/**
 * What the sentence's proposal touches in the dataset: facts it quotes again (corroborations), the
 * disagreements it opens (its figure and the dataset's, side by side) and the recorded ones it joins.
 */
export function DatasetMatches({
  proposal,
  disagreements,
  known,
  companies,
}: {
  proposal: SentenceProposal
  /** The draft's disagreements as the review words them (an edited figure says so). */
  disagreements: DraftView['draft']['disagreements']
  known: DraftView['known']
  companies: readonly Company[]
}) {
  // As the review words them; a sentence left out opens none, and its proposal is shown as it was.
  const opened = proposal.disagreements.map((p) => disagreements.find((d) => d.id === p.id) ?? p)
  return (
    <>
      {proposal.quotes.length > 0 && (
        <section className="space-y-1.5">
          <h3 className={H3}>Corroborates facts the dataset has</h3>
          <ul className="space-y-2 text-sm">
            {proposal.quotes.map((q) => (
              <li key={`${q.factId}-${q.citation.role ?? 'value'}`}>
                <KnownFactLine fact={known.facts[q.factId]} companies={companies} />
                <span className={`block ${MUTED}`}>
                  Adds this sentence as a {q.citation.role ?? 'value'} quote: {q.review.why}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {opened.map((d) => (
        <section key={d.id} className="space-y-1.5">
          <h3 className={H3}>Disagrees with the dataset: {d.about}</h3>
          <ol className="space-y-1.5 border-l-2 border-amber-500 pl-3 text-sm">
            {d.versions.map((v, i) => (
              <li key={v.says}>
                <strong>{v.says}</strong>{' '}
                <span className={MUTED}>{known.facts[d.facts[i]] ? '(the dataset)' : '(this article)'}</span>
                {known.facts[d.facts[i]] && (
                  <span className="block">
                    <KnownFactLine fact={known.facts[d.facts[i]]} companies={companies} />
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {proposal.joins.map((j) => {
        const recorded = known.disagreements[j.disagreement]
        return (
          <section key={j.disagreement} className="space-y-1.5">
            <h3 className={H3}>Joins a recorded disagreement: {recorded?.about ?? j.disagreement}</h3>
            <ol className="space-y-1 border-l-2 border-amber-500 pl-3 text-sm">
              {(recorded?.versions ?? []).map((v) => (
                <li key={v.says}>
                  <strong>{v.says}</strong> <span className={MUTED}>({v.articles.join(', ')})</span>
                  {v.says === j.says && <span className="ml-1 font-medium">← this sentence says so too</span>}
                </li>
              ))}
            </ol>
          </section>
        )
      })}
    </>
  )
}
