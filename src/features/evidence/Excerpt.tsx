import { articleLabel, articlePublisher } from '../dataset/article-label'
import type { DatasetIndex } from '../dataset/dataset-index'
import { formatPeriod } from '../dataset/format-fact'
import type { Article, Citation } from '../dataset/schema'

/** A located quote: a fact's citation, or a version's quote in "The articles differ" (nothing marked). */
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

/**
 * One supporting excerpt, marked up as a quotation with its source, and a way into the full article.
 * `compact` (for the versions in "The articles differ") leaves out the date and the background.
 */
export function Excerpt({
  article,
  citation,
  onOpenArticle,
  compact = false,
}: {
  article: Article
  citation: QuoteSpan
  onOpenArticle?: () => void
  compact?: boolean
}) {
  return (
    <figure
      className={`border-l-4 border-amber-400 ${compact ? 'py-0.5 pl-2' : 'rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60'}`}
    >
      <blockquote className="text-sm leading-relaxed text-slate-900 dark:text-slate-100">
        <p>
          “<HighlightedQuote citation={citation} />”
        </p>
      </blockquote>
      <figcaption
        className={`flex flex-wrap items-baseline justify-between gap-2 text-xs text-slate-600 dark:text-slate-300 ${compact ? 'mt-1' : 'mt-2'}`}
      >
        <span>
          — <cite className="font-medium text-slate-800 not-italic dark:text-slate-100">{articleLabel(article)}</cite>,{' '}
          {articlePublisher(article)}
          {!compact && ` · ${formatPeriod(article.date)}`}
        </span>
        {onOpenArticle && (
          <button
            type="button"
            onClick={onOpenArticle}
            className="font-medium text-slate-800 underline underline-offset-2 hover:text-slate-950 dark:text-slate-100 dark:hover:text-white"
          >
            Read in article
          </button>
        )}
      </figcaption>
    </figure>
  )
}

/** Excerpts in order, each with its article looked up (a quote of an unknown article is left out). */
export function Excerpts({
  quotes,
  index,
  onOpenArticle,
  compact = false,
}: {
  quotes: readonly (QuoteSpan & { article: string })[]
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
  compact?: boolean
}) {
  return quotes.map((q, i) => {
    const article = index.articleById.get(q.article)
    return article ? (
      <Excerpt
        key={`${q.article}-${i}`}
        article={article}
        citation={q}
        onOpenArticle={() => onOpenArticle(article.id)}
        compact={compact}
      />
    ) : null
  })
}
