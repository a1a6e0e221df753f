import type { Problem } from '../../scripts/review/review-api.ts'

/**
 * The dataset checks' messages about one part of the draft (a sentence, the metadata), where that part is shown.
 * `numbered` leads each message with the sentence it names, for a list under a paragraph of several sentences.
 */
export function ProblemList({ problems, numbered = false }: { problems: readonly Problem[]; numbered?: boolean }) {
  if (!problems.length) return null
  return (
    <ul
      aria-label="The dataset checks refused"
      className="space-y-1 rounded-md border border-red-300 bg-red-50 p-2 text-sm leading-normal text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {problems.map((p, i) => (
        <li key={i}>
          {numbered && p.sentence !== null && <strong>Sentence {p.sentence + 1}: </strong>}
          {p.message}
        </li>
      ))}
    </ul>
  )
}
