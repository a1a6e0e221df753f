import type { Citation } from '../../domain/schema.ts'

/** A located quote: a fact's citation, with the words it states marked. */
export type QuoteSpan = Pick<Citation, 'quote' | 'start' | 'end'> & { highlight?: Citation['highlight'] }

/** The quote with the words that state the value (or the date, or who said it) marked, split by the build's offsets. */
export function HighlightedQuote({ citation }: { citation: QuoteSpan }) {
  const { quote, start, highlight } = citation
  if (!highlight) return <>{quote}</>
  // The offsets point into the article's text, where the quote begins at `start`.
  const [from, to] = [highlight.start - start, highlight.end - start]
  return (
    <>
      {quote.slice(0, from)}
      <mark className="rounded bg-amber-200 px-0.5 font-semibold text-slate-950 dark:bg-amber-300">
        {quote.slice(from, to)}
      </mark>
      {quote.slice(to)}
    </>
  )
}
