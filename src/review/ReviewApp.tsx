import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { DraftList } from './DraftList.tsx'
import { DraftReview } from './DraftReview.tsx'
import { REVIEW_HEADING } from '../../scripts/review/review-api.ts'
import { LINK } from './styles.ts'
import { useReviewUrl } from './use-review-url.ts'

// The dev server's answers change only when a draft is written or saved: asked again on a reload, not on focus.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
})

/** The review page: the drafts waiting, or the one the URL opens. */
export function ReviewApp() {
  const url = useReviewUrl()
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-50 font-sans text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-[1600px] flex-wrap items-center justify-between gap-3 px-4 py-3 lg:px-6">
            <div>
              <h1 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{REVIEW_HEADING}</h1>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                What article:add proposes for a new article: accept, edit or leave out each sentence, then save it to
                data/. Only in <code>npm run dev</code>.
              </p>
            </div>
            <a className={`${LINK} text-sm`} href="/">
              The dashboard
            </a>
          </div>
        </header>
        <main className="mx-auto max-w-[1600px] px-4 py-4 lg:px-6">
          {url.draft ? <DraftReview id={url.draft} sentence={url.sentence} /> : <DraftList />}
        </main>
      </div>
    </QueryClientProvider>
  )
}
