import { Notice } from '../components/Notice.tsx'
import type { Problem } from '../../scripts/review/review-api.ts'
import { ReviewRequestError } from './review-client.ts'
import { LINK } from './styles.ts'
import { showSentence } from './show-sentence.ts'
import { hrefOf } from './use-review-url.ts'

/** What became of the last press of Save: sentences still to decide, the checks' refusal, or the server's. */
export type SaveOutcome =
  | { kind: 'undecided'; sentences: number[] }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'failed'; error: Error }

function SentenceLink({ draftId, sentence }: { draftId: string; sentence: number }) {
  return (
    <a
      className={LINK}
      href={hrefOf({ draft: draftId, sentence })}
      onClick={(e) => {
        e.preventDefault()
        showSentence(draftId, sentence)
      }}
    >
      Sentence {sentence + 1}
    </a>
  )
}

/** The outcome of a save, above the article: each message with a link to the sentence it names. */
export function SaveNotices({ draftId, outcome }: { draftId: string; outcome: SaveOutcome | null }) {
  if (!outcome) return null
  if (outcome.kind === 'undecided')
    return (
      <Notice tone="warning" title={`${outcome.sentences.length} sentences still to review: nothing was saved.`}>
        <p>
          The dataset takes a draft once every sentence has a verdict (accepted, or left out with a reason). Next:{' '}
          <SentenceLink draftId={draftId} sentence={outcome.sentences[0]} />.
        </p>
      </Notice>
    )
  if (outcome.kind === 'failed') {
    const problems = outcome.error instanceof ReviewRequestError ? outcome.error.problems : null
    return (
      <Notice tone="error" title="The dev server did not save the draft; data/ is unchanged.">
        {problems ? (
          <ul className="list-disc pl-5">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : (
          <p>{outcome.error.message}</p>
        )}
      </Notice>
    )
  }
  const sentences = [...new Set(outcome.problems.flatMap((p) => (p.sentence === null ? [] : [p.sentence])))]
  const aboutArticle = outcome.problems.some((p) => p.sentence === null)
  const count = outcome.problems.length
  return (
    <Notice
      tone="error"
      title={`The dataset checks refused the draft (${count} ${count === 1 ? 'problem' : 'problems'}); data/ is unchanged.`}
    >
      <p>
        Each message stands beside what it names:{' '}
        {sentences.map((sentence, i) => (
          <span key={sentence}>
            {i > 0 && ', '}
            <SentenceLink draftId={draftId} sentence={sentence} />
          </span>
        ))}
        {aboutArticle && `${sentences.length ? ', ' : ''}the article’s metadata`}. Change the proposals, then save
        again.
      </p>
    </Notice>
  )
}
