import { useEffect, useMemo } from 'react'
import { CHART_IDS } from '../../config/charts'
import { buildChartModel } from '../charts/chart-models'
import { ChartBody } from '../charts/components/ChartBody'
import { ChartDataTable } from '../charts/components/ChartDataTable'
import { Excerpt } from '../evidence/Excerpt'
import { useFilteredFacts } from '../filters/use-filtered-facts'
import ShareLink from '../share/ShareLink'
import { ThemeToggle } from '../theme/ThemeToggle'
import { useEffectiveTheme } from '../theme/use-theme'
import { useSearchState } from '../url-state/use-search-state'
import { keyFact, nextSlide, SLIDE_KEYS } from './slides'

/**
 * Full-screen slides, one chart each, captioned with its key quote and source.
 * Arrows, Space, PageUp/PageDown, Home/End move; Esc leaves. The slide number
 * is in the URL, so a reload or a shared link opens the same slide.
 */
export default function PresentationView() {
  const { index, facts } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const theme = useEffectiveTheme(state.theme)
  const models = useMemo(() => CHART_IDS.map((id) => buildChartModel(id, index, facts)), [index, facts])
  const count = models.length
  const current = Math.min(state.slide ?? 1, count)
  const model = models[current - 1]
  const quoted = keyFact(model, index)
  const citation = quoted?.citations[0]
  const article = citation && index.articleById.get(citation.article)

  useEffect(() => {
    const leave = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
      void setState({ view: null, slide: null })
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      if (e.key === 'Escape') return leave()
      const move = SLIDE_KEYS[e.key]
      if (!move) return
      // Space and arrows on a focused button would also click or scroll it.
      e.preventDefault()
      const target = nextSlide(current, count, move, e.shiftKey)
      if (target !== current) void setState({ slide: target })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, count, setState])

  const go = (slide: number) => setState({ slide })
  return (
    <main
      aria-roledescription="slide deck"
      className="flex h-screen flex-col gap-3 overflow-hidden bg-white p-6 text-slate-900 lg:p-10 dark:bg-slate-950 dark:text-slate-100"
    >
      <header className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            Slide {current} of {count}
          </p>
          <h1 className="text-2xl font-semibold lg:text-4xl">{model.title}</h1>
          {model.subtitle && (
            <p className="text-base text-slate-600 lg:text-lg dark:text-slate-300">{model.subtitle}</p>
          )}
        </div>
        <nav aria-label="Slides" className="flex shrink-0 items-center gap-2">
          <ShareLink />
          <ThemeToggle theme={theme} onChange={(t) => setState({ theme: t })} />
          <button type="button" onClick={() => go(current - 1)} disabled={current === 1} className={NAV_BUTTON}>
            Previous<span className="sr-only"> slide</span>
          </button>
          <button type="button" onClick={() => go(current + 1)} disabled={current === count} className={NAV_BUTTON}>
            Next<span className="sr-only"> slide</span>
          </button>
          <button type="button" onClick={() => setState({ view: null, slide: null })} className={NAV_BUTTON}>
            Exit<span className="sr-only"> presentation</span>
          </button>
        </nav>
      </header>
      {model.empty ? (
        <p role="status" className="flex flex-1 items-center justify-center text-lg">
          {model.empty}
        </p>
      ) : (
        <figure aria-label={model.title} className="min-h-0 flex-1">
          <ChartBody
            model={model}
            selectedId={quoted?.id ?? null}
            onSelect={(fact) => setState({ fact, view: null, slide: null })}
            fill
          />
          <ChartDataTable model={model} />
        </figure>
      )}
      <footer className="grid gap-2 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-end">
        {article && citation ? <Excerpt article={article} citation={citation} /> : <div />}
        <p className="text-sm text-slate-600 dark:text-slate-400">{model.source}</p>
      </footer>
    </main>
  )
}

const NAV_BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800'
