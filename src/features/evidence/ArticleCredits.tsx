import { useId } from 'react'
import { formatPeriod } from '../../domain/format-fact.ts'
import type { Article, Credit } from '../../domain/schema.ts'

const NAMES = { publisher: 'Publisher', author: 'Author' } as const satisfies Record<Credit['names'], string>

/** Where the words naming the publisher or author are: in the text above, or in chrome the text leaves out. */
function CreditEvidence({ credit }: { credit: Credit }) {
  return (
    <figure className="mt-1">
      <blockquote className="border-l-4 border-slate-300 pl-2 text-slate-800 dark:border-slate-600 dark:text-slate-200">
        “{credit.quote}”
      </blockquote>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        {credit.dropped ? `On the page but left out of the text above (${credit.dropped}).` : 'In the text above.'}
      </figcaption>
    </figure>
  )
}

/**
 * How the article's publisher, author and date are known, so each can be checked in place:
 * the words that name them (including page chrome the cleaned text drops) and the date's basis.
 */
export function ArticleCredits({ article }: { article: Article }) {
  const id = useId()
  const credits = article.credits ?? []
  const label = article.label
  const rows: { term: string; value: string; credit?: Credit }[] = [
    ...(['publisher', 'author'] as const).map((names) => ({
      term: NAMES[names],
      value: article[names] ?? 'Not named on the page',
      credit: credits.find((c) => c.names === names),
    })),
    { term: 'Date', value: `${formatPeriod(article.date)}: ${article.date.basis}` },
  ]
  return (
    <section
      aria-labelledby={id}
      className="mx-4 mb-4 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
    >
      <h3 id={id} className="font-semibold">
        About this article
      </h3>
      {label?.from === 'first-sentence' && (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          The page has no title and names no publisher: the dashboard names it by words from its first sentence.
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2">
        {rows.map(({ term, value, credit }) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>
              {value}
              {credit && <CreditEvidence credit={credit} />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
