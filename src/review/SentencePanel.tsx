import { ProblemList } from './ProblemList.tsx'
import type { Company } from '../domain/schema.ts'
import { DatasetMatches } from './DatasetMatches.tsx'
import { NewFactCard } from './NewFactCard.tsx'
import { SentenceDecision } from './SentenceDecision.tsx'
import { MARKS, STATUS } from './proposal-marks.ts'
import { PROPOSAL_KINDS, type SentenceProposal } from './proposals.ts'
import type { DraftView, Problem } from '../../scripts/review/review-api.ts'
import { statusOf, type ReviewState, type Verdict } from './review-state.ts'
import { CARD, LINK } from './styles.ts'
import { hrefOf, navigate } from './use-review-url.ts'

type DraftFact = DraftView['draft']['facts'][number]['fact']

/**
 * The selected sentence's proposal: what carries it (new facts to edit, facts the dataset has, disagreements),
 * the checks' messages about it, and the verdict. Focused when a sentence is chosen, so a keyboard goes on here.
 */
export function SentencePanel({
  draftId,
  proposal,
  previous,
  next,
  review,
  disagreements,
  known,
  companies,
  problems,
  onVerdict,
  onEditFact,
}: {
  draftId: string
  proposal: SentenceProposal
  /** The sentences of the claims before and after this one, if any. */
  previous: number | null
  next: number | null
  review: ReviewState
  disagreements: DraftView['draft']['disagreements']
  known: DraftView['known']
  companies: readonly Company[]
  problems: readonly Problem[]
  onVerdict: (verdict: Verdict | null) => void
  onEditFact: (id: string, fact: DraftFact | null) => void
}) {
  const { claim } = proposal
  const n = claim.sentence
  const status = STATUS[statusOf(claim, review)]
  const step = (to: number) => ({
    href: hrefOf({ draft: draftId, sentence: to }),
    onClick: (e: { preventDefault: () => void }) => {
      e.preventDefault()
      navigate({ draft: draftId, sentence: to }, true)
    },
  })
  return (
    <section
      id="sentence-panel"
      tabIndex={-1}
      aria-labelledby="sentence-heading"
      className={`${CARD} space-y-4 outline-none focus-visible:ring-2 focus-visible:ring-slate-900 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto dark:focus-visible:ring-slate-100`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="sentence-heading" className="text-base font-semibold">
          Sentence {n + 1}
        </h2>
        <p className="flex items-center gap-2 text-xs">
          <span className={`rounded border px-1.5 py-0.5 font-semibold ${MARKS[proposal.kind].badge}`}>
            {PROPOSAL_KINDS[proposal.kind]}
          </span>
          <span>
            <span aria-hidden="true">{status.sign}</span> {status.text}
          </span>
        </p>
      </div>
      <blockquote className="border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">
        {claim.quotes.map((q) => `“${q}”`).join(' ')}
      </blockquote>
      <ProblemList problems={problems} />
      {claim.leftOut && (
        <p className="text-sm">
          <strong>Proposed: left out.</strong> {claim.leftOut}
        </p>
      )}
      {proposal.facts.length > 0 && (
        <section className="space-y-1.5">
          <h3 className="text-sm font-semibold">New facts</h3>
          <ul className="space-y-2">
            {proposal.facts.map((f) => (
              <NewFactCard
                key={f.fact.id}
                proposed={f}
                edited={review.facts[f.fact.id]}
                companies={companies}
                onEdit={(fact) => onEditFact(f.fact.id, fact)}
              />
            ))}
          </ul>
        </section>
      )}
      <DatasetMatches proposal={proposal} disagreements={disagreements} known={known} companies={companies} />
      <SentenceDecision
        key={claim.id}
        proposedReason={claim.leftOut}
        verdict={review.verdicts[claim.id]}
        onVerdict={onVerdict}
      />
      <nav
        aria-label="Sentences"
        className="flex justify-between border-t border-slate-200 pt-3 text-sm dark:border-slate-700"
      >
        {previous !== null ? (
          <a className={LINK} {...step(previous)}>
            ← Sentence {previous + 1}
          </a>
        ) : (
          <span />
        )}
        {next !== null ? (
          <a className={LINK} {...step(next)}>
            Sentence {next + 1} →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </section>
  )
}
