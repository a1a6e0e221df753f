import { ProblemList } from './ProblemList.tsx'
import type { MouseEvent } from 'react'
import { MARKS, STATUS } from './proposal-marks.ts'
import { PROPOSAL_KINDS, type SentenceProposal } from './proposals.ts'
import type { Problem, Segment } from '../../scripts/review/review-api.ts'
import { statusOf, type ReviewState } from './review-state.ts'
import { showSentence } from './show-sentence.ts'
import { hrefOf } from './use-review-url.ts'

/** The proposal a sentence is part of: its own claim's, or that of the claim its quote joins ("… further stated."). */
function proposalOf(segment: Segment, proposals: ReadonlyMap<number, SentenceProposal>) {
  if (segment.sentence === null) return undefined
  return proposals.get(segment.sentence) ?? [...proposals.values()].find((p) => p.claim.quotes.includes(segment.text))
}

function Legend() {
  return (
    <ul aria-label="Marks" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {Object.entries(PROPOSAL_KINDS).map(([kind, label]) => (
        <li key={kind} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`underline decoration-2 underline-offset-4 ${MARKS[kind as keyof typeof MARKS].underline}`}
          >
            sentence
          </span>
          {label}
        </li>
      ))}
      {Object.values(STATUS).map(({ sign, text }) => (
        <li key={text}>
          <span aria-hidden="true">{sign}</span> {text}
        </li>
      ))}
    </ul>
  )
}

/**
 * The article as the intake read it, each sentence marked by its proposal and its standing in the review, and a
 * link to its proposal (the selection is in the URL). The dataset checks' messages stand under the paragraph
 * of the sentence they name.
 */
export function ArticleText({
  draftId,
  paragraphs,
  proposals,
  review,
  selected,
  problems,
}: {
  draftId: string
  paragraphs: readonly Segment[][]
  proposals: ReadonlyMap<number, SentenceProposal>
  review: ReviewState
  selected: number | null
  problems: readonly Problem[]
}) {
  const select = (event: MouseEvent, sentence: number) => {
    event.preventDefault()
    showSentence(draftId, sentence)
  }
  return (
    <section aria-labelledby="article-heading" className="space-y-3">
      <h2 id="article-heading" className="text-base font-semibold">
        The article, sentence by sentence
      </h2>
      <Legend />
      <div className="space-y-4 text-[15px] leading-8">
        {paragraphs.map((segments, p) => {
          const named = problems.filter((x) => segments.some((s) => s.sentence !== null && s.sentence === x.sentence))
          return (
            <div key={p}>
              <p>
                {segments.map((segment, i) => {
                  const proposal = proposalOf(segment, proposals)
                  if (!proposal) return <span key={i}>{segment.text}</span>
                  const standing = statusOf(proposal.claim, review)
                  const status = STATUS[standing]
                  // A sentence the reviewer leaves out is marked as one, whatever was proposed for it.
                  const mark = MARKS[standing === 'left-out' ? 'left-out' : proposal.kind]
                  const refused = problems.some((x) => x.sentence === proposal.claim.sentence)
                  const current = proposal.claim.sentence === selected
                  return (
                    <a
                      key={i}
                      href={hrefOf({ draft: draftId, sentence: proposal.claim.sentence })}
                      aria-current={current ? 'true' : undefined}
                      onClick={(e) => select(e, proposal.claim.sentence)}
                      className={`rounded-sm underline decoration-2 underline-offset-4 hover:bg-slate-100 dark:hover:bg-slate-800 ${mark.underline} ${current ? 'bg-yellow-100 outline-2 outline-slate-900 dark:bg-slate-700 dark:outline-slate-100' : ''} ${refused ? 'decoration-red-600 decoration-wavy dark:decoration-red-400' : ''}`}
                    >
                      <span
                        className={`mr-1 inline-block rounded border px-1 align-[0.1em] text-xs leading-4 font-semibold tabular-nums ${mark.badge}`}
                      >
                        <span className="sr-only">Sentence </span>
                        {proposal.claim.sentence + 1}
                        <span className="sr-only">, {PROPOSAL_KINDS[proposal.kind]}, </span>{' '}
                        <span aria-hidden="true">{status.sign}</span>
                        <span className="sr-only">
                          {status.text}
                          {refused ? ', refused by the checks' : ''}:
                        </span>
                      </span>
                      {segment.text}
                    </a>
                  )
                })}
              </p>
              {named.length > 0 && (
                <div className="mt-2">
                  <ProblemList problems={named} numbered />
                </div>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
