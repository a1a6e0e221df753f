import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, type RefObject } from 'react'
import { CloseButton } from '../../components/CloseButton.tsx'
import { Notice } from '../../components/Notice.tsx'
import { useModalDialog } from '../../components/use-modal-dialog.ts'
import { ARTICLE_TEXTS_FILE, articleTextsQueryOptions, LoadErrorNotice, useEvidenceQuery } from '../dataset/index.ts'
import { articleLabel, articlePublisher } from '../../domain/article-label.ts'
import { articleYearNote, formatPeriod } from '../../domain/format-fact.ts'
import type { Article, Citation, Fact } from '../../domain/schema.ts'
import { ArticleCredits } from './ArticleCredits.tsx'
import { segmentArticle } from './article-segments.ts'

export interface ArticleDialogProps {
  article: Article
  /** The fact whose quotes are highlighted, if any. */
  fact: Fact | null
  onClose: () => void
}

/**
 * The full cleaned article in a modal dialog, with the selected fact's quotes
 * marked and the first one scrolled into view, then how its publisher, author
 * and date are known. Esc or Close leaves it. The text and the quotes come from
 * files of their own, read on the first selection; until then the dialog says it is loading.
 */
export default function ArticleDialog({ article, fact, onClose }: ArticleDialogProps) {
  const firstMark = useRef<HTMLElement>(null)
  const texts = useQuery(articleTextsQueryOptions())
  const evidence = useEvidenceQuery()
  // Whichever file failed is named; the text waits for both, so its marks never appear late.
  const failed = texts.isError
    ? { query: texts, title: 'The article’s text could not be loaded' }
    : evidence.isError
      ? { query: evidence, title: 'The quotes could not be loaded' }
      : null
  const yearNote = articleYearNote(article)
  const modal = useModalDialog(onClose)
  const bar = useRef<HTMLDivElement>(null)
  // What scrolls into view (the marked quote, a focused link) stops below the sticky title bar, not under it: on a
  // small phone the bar is 40% of the dialog, and its height follows the width (a phone turned on its side).
  useEffect(() => {
    const el = bar.current
    const dialog = el?.parentElement
    if (!el || !dialog) return
    const pad = () => void (dialog.style.scrollPaddingTop = `${el.offsetHeight}px`)
    pad()
    const observer = new ResizeObserver(pad)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  // Here, after the dialog is shown (a child's effect would run before it, with nothing to scroll).
  useEffect(() => {
    firstMark.current?.scrollIntoView({ block: 'center' })
  }, [article.id, fact?.id, texts.data, evidence.data])

  return (
    <dialog
      {...modal}
      aria-labelledby="article-title"
      className="m-auto max-h-[90vh] w-[min(48rem,94vw)] rounded-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <div
        ref={bar}
        className="sticky top-0 flex items-start justify-between gap-4 border-b border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <div>
          <h2 id="article-title" className="text-lg font-semibold">
            {articleLabel(article)}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {articlePublisher(article)}
            {article.author && ` · ${article.author}`} · {formatPeriod(article.date)}
          </p>
        </div>
        <CloseButton what="article" onClose={onClose} bordered />
      </div>
      {texts.data && evidence.data ? (
        <ArticleText
          text={texts.data.get(article.id)}
          article={article}
          quotes={fact ? evidence.data.citationsOf(fact.id) : []}
          firstMark={firstMark}
        />
      ) : (
        <div className="p-4">
          {failed ? (
            <LoadErrorNotice title={failed.title} query={failed.query} />
          ) : (
            <p role="status" className="text-slate-600 dark:text-slate-300">
              Loading the article’s text…
            </p>
          )}
        </div>
      )}
      <ArticleCredits article={article} />
      {yearNote && <p className="px-4 pb-4 text-xs text-slate-600 dark:text-slate-400">{yearNote}</p>}
    </dialog>
  )
}

/** The article's paragraphs with the fact's quotes marked; `firstMark` gets the first mark. */
function ArticleText({
  text,
  article,
  quotes,
  firstMark,
}: {
  text: string | undefined
  article: Article
  /** The selected fact's quotes; those from this article are marked. */
  quotes: readonly Citation[]
  firstMark: RefObject<HTMLElement | null>
}) {
  if (text === undefined)
    return (
      <div className="p-4">
        <Notice tone="error" title="The article’s text is missing">
          <p>
            {ARTICLE_TEXTS_FILE} has no text for “{articleLabel(article)}”; its quotes are in the evidence panel.
          </p>
        </Notice>
      </div>
    )
  const ranges = quotes.filter((c) => c.article === article.id)
  const paragraphs = segmentArticle(text, ranges)
  const firstParagraph = paragraphs.findIndex((segments) => segments.some((s) => s.marked))
  const firstSegment = firstParagraph === -1 ? -1 : paragraphs[firstParagraph].findIndex((s) => s.marked)
  return (
    <article className="space-y-4 p-4 text-base leading-relaxed">
      {paragraphs.map((segments, i) => (
        <p key={i}>
          {segments.map((s, j) =>
            s.marked ? (
              <mark
                key={j}
                ref={i === firstParagraph && j === firstSegment ? firstMark : undefined}
                className="rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300"
              >
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </p>
      ))}
    </article>
  )
}
