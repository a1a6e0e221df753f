import { lazy, memo, Suspense, useCallback, useMemo, type ComponentProps } from 'react'
import { DeferredMount } from '../../components/DeferredMount.tsx'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import { retryingLazy } from '../../components/retrying-lazy.tsx'
import { NoScript } from '../../components/NoScript.tsx'
import { unknownReferences } from '../../domain/dataset-index.ts'
import { chartModelFor, CHART_IDS, CHART_REGISTRY, type ChartId } from '../charts/index.ts'
import type { FactFilter } from '../../domain/dataset-index.ts'
import { FilterBar, loadEmptyFilterGuidance, useFilteredFacts } from '../filters/index.ts'
import { DeferredDataFooter } from '../get-data/index.ts'
import { IgnoredParamsNotice, useIgnoredParams, useSearchState } from '../url-state/index.ts'
import { useEffectiveTheme } from '../theme/index.ts'
import { ChartPanel } from './ChartPanel.tsx'
import { DashboardHeader } from './DashboardHeader.tsx'
import { loadArticleDialog, usePrefetchEvidence } from '../evidence/index.ts'
import { EvidenceAside } from './EvidenceAside.tsx'
import { NoScriptNotice } from './NoScriptNotice.tsx'
import { CHARTS_ID, SkipLinks } from './SkipLinks.tsx'
import { useEscapeClears } from './use-escape-clears.ts'

const [ArticleDialog, retryArticleDialog] = retryingLazy(loadArticleDialog)
const [EmptyFilterGuidance, retryEmptyFilterGuidance] = retryingLazy(loadEmptyFilterGuidance)
const [FiguresAndTable, retryFiguresAndTable] = retryingLazy(() => import('./FiguresAndTable.tsx'))
// Rendered by the build alone (prerender waits for it): in the browser's bundle the import is dead code.
const StaticBelowCharts = /* @__PURE__ */ lazy(() => import('./StaticBelowCharts.tsx'))

/** The full dashboard: filters, the registry's charts, key figures, the facts table and the evidence panel. */
export function Dashboard() {
  const { index, filter, unknown, facts, passes } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const missing = useMemo(() => [...unknown, ...unknownReferences(index, state)], [unknown, index, state])
  const ignored = useIgnoredParams(missing)
  const theme = useEffectiveTheme(state.theme)

  const selectedFact = state.fact ? (index.factById.get(state.fact) ?? null) : null
  const visible = selectedFact !== null && passes(selectedFact)
  const article = state.article ? index.articleById.get(state.article) : undefined
  usePrefetchEvidence(selectedFact !== null)
  // Stable callbacks, so the memoised charts, figures, table and panel skip renders that change nothing for them.
  const select = useCallback((fact: string) => void setState({ fact }), [setState])
  const openArticle = useCallback((article: string) => void setState({ article }), [setState])
  const close = useCallback(() => void setState({ fact: null, article: null }), [setState])
  const closeArticle = () => void setState({ article: null })
  useEscapeClears(selectedFact !== null, close)

  return (
    <div className="min-h-screen bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <SkipLinks />
      <DashboardHeader />
      <div className="mx-auto max-w-[1920px] space-y-4 px-4 py-4 lg:px-6">
        {/* A landmark of its own: a screen reader's list of regions goes to the filters as to the charts. */}
        <section
          aria-label="Filters"
          className="no-print rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
        >
          <FilterBar index={index} filter={filter} />
        </section>
        <NoScriptNotice />
        <IgnoredParamsNotice ignored={ignored} />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
          {/* Without script there is no evidence beside the charts: they take its column too. */}
          <main id={CHARTS_ID} tabIndex={-1} className="min-w-0 space-y-4 outline-none noscript:col-span-full">
            {/* Filters that leave nothing: one notice, in the charts' place, says so and offers the ways back
                (rather than every chart, the key figures and the table each saying it). */}
            {facts.length === 0 ? (
              <ErrorBoundary name="The ways back from these filters" onCaught={retryEmptyFilterGuidance}>
                <Suspense fallback={null}>
                  <EmptyFilterGuidance index={index} filter={filter} />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
                {CHART_IDS.map((id) => (
                  <div key={id} className={CHART_REGISTRY[id].span === 'full' ? 'xl:col-span-2' : 'h-full'}>
                    <ErrorBoundary name={`The chart “${CHART_REGISTRY[id].title}”`}>
                      <DashboardChart
                        id={id}
                        index={index}
                        filter={filter}
                        theme={theme}
                        selectedId={visible ? state.fact : null}
                        onSelect={select}
                      />
                    </ErrorBoundary>
                  </div>
                ))}
              </div>
            )}
            {/* Below the charts, so drawn after them: the first chart paints sooner. The built page carries them
                for readers without script, after the charts and outside what hydrates; only the build renders them
                (import.meta.env.SSR), so their code stays out of the browser's bundle. Mounted whatever the
                filters leave, so the status that says what they leave is there before it changes. */}
            <DeferredMount
              fallback={
                <>
                  <NoScript>{import.meta.env.SSR && <StaticBelowCharts index={index} facts={facts} />}</NoScript>
                  {BELOW_CHARTS_PLACEHOLDER}
                </>
              }
            >
              {/* A chunk of its own: if it cannot be fetched (offline after a new release), the charts stay. */}
              <ErrorBoundary name="The key figures and the facts table" onRetry={retryFiguresAndTable}>
                <Suspense fallback={BELOW_CHARTS_PLACEHOLDER}>
                  <FiguresAndTable index={index} facts={facts} selectedId={state.fact} onSelect={select} />
                </Suspense>
              </ErrorBoundary>
            </DeferredMount>
          </main>
          <EvidenceAside
            index={index}
            fact={visible ? selectedFact : null}
            hiddenByFilter={selectedFact !== null && !visible}
            onSelect={select}
            onOpenArticle={openArticle}
            onClose={close}
          />
        </div>
      </div>
      <DeferredDataFooter />
      {article && (
        <ErrorBoundary name="The article" onCaught={retryArticleDialog} onClose={closeArticle}>
          <Suspense fallback={null}>
            <ArticleDialog article={article} fact={selectedFact} onClose={closeArticle} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  )
}

type DashboardChartProps = Omit<ComponentProps<typeof ChartPanel>, 'model'> & {
  id: ChartId
  filter: FactFilter
}

/**
 * One chart of the grid, modelled in its own render (inside its error boundary, so a failing selector is caught),
 * so at scale the browser gets a turn between the charts: one render is one task and cannot be split.
 */
const DashboardChart = memo(function DashboardChart({ id, index, filter, ...panel }: DashboardChartProps) {
  return <ChartPanel model={chartModelFor(id, index, filter)} index={index} {...panel} />
})

/**
 * Holds the place of the key figures and the table until they are drawn, so the footer does not jump up; busy
 * (aria-busy) meanwhile, as the page is until the app has it.
 */
const BELOW_CHARTS_PLACEHOLDER = <div aria-busy="true" className="min-h-96 noscript:hidden" />
