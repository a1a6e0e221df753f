import { useEffect, useMemo, useRef } from 'react'
import { useElementSize } from '../../components/use-element-size.ts'
import {
  buildChartModel,
  ChartContext,
  ChartDataTable,
  ChartSources,
  ChartView,
  chartFrame,
  CHART_IDS,
} from '../charts/index.ts'
import { useFilteredFacts } from '../filters/index.ts'
import { ShareLink } from '../share/index.ts'
import { ThemeToggle, useEffectiveTheme } from '../theme/index.ts'
import { IgnoredParamsNotice, useIgnoredParams, useSearchState } from '../url-state/index.ts'
import { deckFilterWords, keyFact, nextSlide, SLIDE_KEYS } from './slides.ts'
import { DownloadDeckButton } from './DownloadDeckButton.tsx'
import { SlideCaption } from './SlideCaption.tsx'

/**
 * Full-screen slides, one chart each in its frame for the screen, captioned with its key quote, with the
 * short source and the full Sources as a caption toggle;
 * sized from the screen so they read from the back of a room. Slides a filter
 * empties are left out, and the deck says which filter is on. Selecting a mark
 * shows its quote in the caption without leaving the deck. Arrows, Space,
 * PageUp/PageDown, Home/End move; Esc clears a selection, then leaves. The
 * slide number is in the URL, so a reload or a shared link opens the same slide.
 */
export default function PresentationView() {
  const { index, facts, filter, unknown } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const theme = useEffectiveTheme(state.theme)
  const root = useRef<HTMLElement>(null)
  const frame = useElementSize(root)
  const deck = useMemo(
    () => CHART_IDS.map((id) => buildChartModel(id, index, facts, filter)).filter((m) => m.empty === null),
    [index, facts, filter],
  )
  const count = deck.length
  const current = Math.min(state.slide ?? 1, Math.max(count, 1))
  // A slide the filtered deck does not have is reported like any other part of the link it cannot use.
  const missing = useMemo(
    () => [...unknown, ...(state.slide && state.slide > count ? [{ key: 'slide', value: String(state.slide) }] : [])],
    [unknown, state.slide, count],
  )
  const ignored = useIgnoredParams(missing)
  const model = deck[current - 1]
  const selected = model && state.fact ? model.facts.find((f) => f.id === state.fact) : undefined
  const quoted = selected ?? (model ? keyFact(model, index) : null)
  const filterWords = deckFilterWords(model?.scope)
  const framed = model && chartFrame(model, 'slide', frame ?? { width: 1280, height: 720 })

  useEffect(() => {
    const leave = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
      void setState({ view: null, slide: null, fact: null })
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      if (e.key === 'Escape') return selected ? void setState({ fact: null }) : leave()
      const move = SLIDE_KEYS[e.key]
      if (!move) return
      // Space and arrows on a focused button would also click or scroll it.
      e.preventDefault()
      const target = nextSlide(current, count, move, e.shiftKey)
      if (target !== current) void setState({ slide: target, fact: null })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, count, selected, setState])

  const go = (slide: number) => setState({ slide, fact: null })
  return (
    <main
      ref={root}
      aria-roledescription="slide deck"
      className="slide-frame relative flex h-screen flex-col gap-[0.5em] overflow-hidden bg-white p-[1em] text-slate-900 dark:bg-slate-950 dark:text-slate-100"
    >
      <header className="flex items-start justify-between gap-[1em]">
        <div className="min-w-0">
          <p className="text-[0.5em] text-slate-600 dark:text-slate-400" aria-live="polite">
            {count ? `Slide ${current} of ${count}` : 'No slides'}
            {filterWords && ` · ${filterWords}`}
          </p>
          {framed && (
            <>
              <h1 className="text-[1.5em] leading-tight font-semibold">{framed.title.text}</h1>
              {framed.subtitle && (
                <p className="text-[0.875em] leading-snug text-slate-600 dark:text-slate-300">{framed.subtitle.text}</p>
              )}
            </>
          )}
        </div>
        <nav aria-label="Slides" className="flex shrink-0 items-center gap-2 text-[max(0.5em,14px)]">
          <ShareLink />
          <DownloadDeckButton deck={deck} index={index} theme={theme} className={NAV_BUTTON} />
          <ThemeToggle theme={theme} onChange={(t) => setState({ theme: t })} />
          <button type="button" onClick={() => go(current - 1)} disabled={current <= 1} className={NAV_BUTTON}>
            Previous<span className="sr-only"> slide</span>
          </button>
          <button type="button" onClick={() => go(current + 1)} disabled={current >= count} className={NAV_BUTTON}>
            Next<span className="sr-only"> slide</span>
          </button>
          <button
            type="button"
            onClick={() => setState({ view: null, slide: null, fact: null })}
            className={NAV_BUTTON}
          >
            Exit<span className="sr-only"> presentation</span>
          </button>
        </nav>
      </header>
      <IgnoredParamsNotice ignored={ignored} />
      {model && framed ? (
        <>
          <figure aria-label={model.title} className="min-h-0 flex-1">
            <ChartView
              model={model}
              medium="slide"
              frame={frame}
              selectedId={selected?.id ?? null}
              onSelect={(fact) => setState({ fact: fact === selected?.id ? null : fact })}
              fill
            />
            <ChartDataTable model={model} />
          </figure>
          {framed.context && (
            <ChartContext
              lines={framed.context.map((c) => c.line)}
              size={framed.context[0].block.size}
              selectedId={selected?.id ?? null}
              onSelect={(fact) => setState({ fact: fact === selected?.id ? null : fact })}
            />
          )}
          <footer className="grid gap-[0.75em] lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-end">
            <SlideCaption index={index} fact={quoted} selected={selected !== undefined} />
            {framed.source && (
              <ChartSources
                short={framed.source}
                view={framed.sources.view}
                index={index}
                facts={model.facts}
                overlay
                className="text-[0.75em]"
              />
            )}
          </footer>
        </>
      ) : (
        <p role="status" className="flex flex-1 items-center justify-center text-[0.875em]">
          No chart has figures under the current filters.
        </p>
      )}
    </main>
  )
}

const NAV_BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800'
