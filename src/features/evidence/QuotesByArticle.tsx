import { useEffect, useId, useRef, useState } from 'react'
import { articleLabel, articlePublisher } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { formatPeriod } from '../../domain/format-fact.ts'
import type { Citation, CitationRole, Disagreement } from '../../domain/schema.ts'
import {
  firstPassages,
  groupQuotes,
  quoteMarksFor,
  type ArticleQuotes,
  type Passage,
  type QuoteTag,
} from './group-quotes.ts'

/** How many passages show before the reader asks for the rest. */
const SHOWN_FIRST = 3

/** What each role's tag says of a passage. */
const ROLE_TAGS = {
  value: 'States the value',
  date: 'Dates it',
  attribution: 'Says who announced or produced it',
  detail: 'Adds a detail',
} as const satisfies Record<CitationRole, string>

const tagText = (t: QuoteTag) => (t.kind === 'role' ? ROLE_TAGS[t.role] : `Differs: ${t.about}`)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The passage's text with the words that state the value, the date or who said it marked. */
function MarkedText({ passage }: { passage: Passage }) {
  const parts: React.ReactNode[] = []
  let at = passage.start
  for (const m of passage.marks) {
    parts.push(passage.text.slice(at - passage.start, m.start - passage.start))
    parts.push(
      <mark key={m.start} className="rounded bg-amber-200 px-0.5 font-semibold text-slate-950 dark:bg-amber-300">
        {passage.text.slice(m.start - passage.start, m.end - passage.start)}
      </mark>,
    )
    at = m.end
  }
  parts.push(passage.text.slice(at - passage.start))
  return <>{parts}</>
}

function PassageItem({ passage, later }: { passage: Passage; later: boolean }) {
  const [open, close] = quoteMarksFor(passage.text)
  return (
    // A passage shown by "+N more quotes" can take the focus, so the reader lands on what was added.
    <li
      tabIndex={later ? -1 : undefined}
      data-later={later || undefined}
      className="space-y-1.5 border-l-4 border-amber-400 py-0.5 pl-3 outline-offset-2 focus-visible:outline-2 focus-visible:outline-(--chart-text)"
    >
      <blockquote className="text-sm leading-relaxed text-slate-900 dark:text-slate-100">
        <p>
          {open}
          <MarkedText passage={passage} />
          {close}
        </p>
      </blockquote>
      <ul aria-label="What it supports" className="flex flex-wrap gap-1">
        {passage.tags.map((t) => (
          <li
            key={tagText(t) + (t.kind === 'differs' ? t.says : '')}
            title={t.kind === 'differs' ? t.says : undefined}
            className={`rounded px-1.5 py-0.5 text-xs font-medium ${
              t.kind === 'role'
                ? 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200'
                : 'bg-sky-50 text-sky-900 dark:bg-sky-950 dark:text-sky-100'
            }`}
          >
            {tagText(t)}
          </li>
        ))}
      </ul>
    </li>
  )
}

function ArticleGroup({
  group,
  passages,
  isLater,
  index,
  onOpenArticle,
}: {
  group: ArticleQuotes
  passages: readonly Passage[]
  isLater: (p: Passage) => boolean
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
}) {
  const id = useId()
  const article = index.articleById.get(group.article)
  if (!article) return null
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-xs text-slate-600 dark:text-slate-300">
        <h4 id={id} className="font-medium text-slate-900 dark:text-slate-50">
          <cite className="not-italic">{articleLabel(article)}</cite>
        </h4>
        <span>
          {articlePublisher(article)} · {formatPeriod(article.date)}
        </span>
        <button
          type="button"
          aria-label={`Read in article: ${articleLabel(article)}`}
          onClick={() => onOpenArticle(article.id)}
          className="font-medium text-slate-800 underline underline-offset-2 hover:text-slate-950 dark:text-slate-100 dark:hover:text-white"
        >
          Read in article
        </button>
      </div>
      <ul className="space-y-3">
        {passages.map((p) => (
          <PassageItem key={p.start} passage={p} later={isLater(p)} />
        ))}
      </ul>
    </section>
  )
}

/**
 * The fact's quotes and the quotes of its disagreements, grouped by article: each sentence once, tagged
 * with what it supports. The first few show; the rest wait behind a count, so a fact quoted fifty times
 * opens as short as one quoted thrice.
 */
export function QuotesByArticle({
  heading,
  quotes,
  disagreements,
  index,
  onOpenArticle,
}: {
  heading: string
  quotes: readonly Citation[]
  disagreements: readonly Disagreement[]
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
}) {
  const id = useId()
  const listId = useId()
  const [expanded, setExpanded] = useState(false)
  const list = useRef<HTMLDivElement>(null)
  // The added quotes go in among the first, by article, and push the button far down: the focus goes to the first
  // of them rather than staying on a button now off screen.
  useEffect(() => {
    if (expanded) list.current?.querySelector<HTMLElement>('[data-later]')?.focus()
  }, [expanded])
  const groups = groupQuotes(quotes, disagreements, [...index.articleById.keys()])
  const all = groups.flatMap((g) => g.passages)
  const first = firstPassages(groups, SHOWN_FIRST)
  const shown = (p: Passage) => expanded || first.has(p)
  const hidden = all.filter((p) => !first.has(p))
  const hiddenArticles = new Set(hidden.map((p) => p.article)).size
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
        {heading}
      </h3>
      {all.length > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {plural(all.length, 'quote')} from {plural(groups.length, 'article')}, each sentence once, tagged with what it
          supports.
        </p>
      )}
      <div id={listId} ref={list} className="space-y-3">
        {groups.map((g) => {
          const passages = g.passages.filter(shown)
          return passages.length ? (
            <ArticleGroup
              key={g.article}
              group={g}
              passages={passages}
              isLater={(p) => !first.has(p)}
              index={index}
              onOpenArticle={onOpenArticle}
            />
          ) : null
        })}
      </div>
      {hidden.length > 0 && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
          className="text-sm font-medium text-slate-800 underline underline-offset-2 hover:text-slate-950 dark:text-slate-100 dark:hover:text-white"
        >
          {expanded
            ? `Show the first ${SHOWN_FIRST} quotes only`
            : `+${plural(hidden.length, 'more quote')} from ${plural(hiddenArticles, 'article')}`}
        </button>
      )}
    </section>
  )
}
