import { useEffect, useMemo, useRef } from 'react'
import { useDisclosure } from '../../components/use-disclosure.ts'
import { useElementSize } from '../../components/use-element-size.ts'
import {
  baseFontSize,
  buildChartModel,
  ChartDataTable,
  ChartView,
  chartFrame,
  CHART_IDS,
  cutChart,
  fillingType,
  FrameView,
} from '../charts/index.ts'
import { useFilteredFacts } from '../filters/index.ts'
import { ShareLink } from '../share/index.ts'
import { ThemeToggle, useEffectiveTheme } from '../theme/index.ts'
import { dashboardUrl } from '../embed/index.ts'
import { IgnoredParamsNotice, useAppUrl, useIgnoredParams, useSearchState } from '../url-state/index.ts'
import { deckFilterWords, keyFact, nextSlide, SLIDE_KEYS } from './slides.ts'
import { DownloadDeckButton } from './DownloadDeckButton.tsx'
import { SlideCaption } from './SlideCaption.tsx'
import { PRESENT_BUTTON_ID } from './present-button.ts'
import { useFullScreen } from './use-full-screen.ts'
import { FadingNav } from './FadingNav.tsx'

/**
 * Full-screen slides, one chart each in its frame for the screen, captioned with its key quote, with the
 * short source and the full Sources as a caption toggle;
 * sized from the screen so they read from the back of a room. Slides a filter
 * empties are left out, and the deck says which filter is on. Selecting a mark
 * shows its quote in the caption without leaving the deck. Arrows, Space,
 * PageUp/PageDown, Home/End move (Space presses a focused control instead); F toggles full screen; Esc closes an
 * open Sources list (ChartSources), folds the tools (on a narrow screen), clears a selection, then leaves. The
 * slide number is in the URL, so a reload or a shared link opens the same slide; a deck opened on a
 * chart (`chart=`, from the dashboard) starts on that chart's slide.
 */
export default function PresentationView() {
  const { index, facts, filter, unknown } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const appUrl = useAppUrl()
  const theme = useEffectiveTheme(state.theme)
  const root = useRef<HTMLElement>(null)
  const frame = useElementSize(root)
  const deck = useMemo(
    () => CHART_IDS.map((id) => buildChartModel(id, index, facts, filter)).filter((m) => m.empty === null),
    [index, facts, filter],
  )
  const count = deck.length
  const opened = deck.findIndex((m) => m.id === state.chart) + 1
  const current = Math.min(state.slide ?? (opened || 1), Math.max(count, 1))
  const [fullScreen, toggleFullScreen] = useFullScreen()
  const {
    open: tools,
    setOpen: setTools,
    button: moreButton,
    buttonProps: moreProps,
    regionId: toolsId,
  } = useDisclosure()
  const toolsPanel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!tools) return
    // A tap elsewhere folds them, as a menu closes.
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node
      if (!toolsPanel.current?.contains(target) && !moreButton.current?.contains(target)) setTools(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [tools, setTools, moreButton])
  // A slide the filtered deck does not have is reported like any other part of the link it cannot use; where the
  // filters leave no slide at all, the empty deck says so instead.
  const missing = useMemo(
    () => [
      ...unknown,
      ...(count && state.slide && state.slide > count ? [{ key: 'slide', value: String(state.slide) }] : []),
    ],
    [unknown, state.slide, count],
  )
  const ignored = useIgnoredParams(missing)
  const model = deck[current - 1]
  const selected = model && state.fact ? model.facts.find((f) => f.id === state.fact) : undefined
  const quoted = selected ?? (model ? keyFact(model, index) : null)
  const filterWords = deckFilterWords(model?.scope)
  const bounds = frame ?? { width: 1280, height: 720 }
  const framed = model && chartFrame(model, 'slide', bounds)
  // The caption's column: three fifths of the slide beside the source on a wide one, the whole width otherwise.
  const captionWidth = framed
    ? (framed.plot.width - (framed.width >= 1024 ? framed.gap : 0)) * (framed.width >= 1024 ? 0.6 : 1)
    : 0

  // A slide change unmounts the focused bar, and entering the deck unmounts the Present button: where the focus
  // fell to the page, it goes to the deck, whose slide number is then read out.
  const hasSlide = model !== undefined
  useEffect(() => {
    if (document.activeElement === document.body) root.current?.focus({ preventScroll: true })
  }, [current, hasSlide])
  // Leaving gives the focus back to the button that opened the deck, in the dashboard that replaces it.
  useEffect(() => () => document.getElementById(PRESENT_BUTTON_ID)?.focus(), [])

  useEffect(() => {
    const leave = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
      void setState({ view: null, slide: null, chart: null, fact: null })
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      // Over the slide only while More is shown (under 768 px): a wider window has the tools in its row.
      if (e.key === 'Escape' && tools && moreButton.current?.offsetParent != null) {
        // The focus goes back to More rather than to the page when the tools it was on fold away.
        if (toolsPanel.current?.contains(document.activeElement)) moreButton.current?.focus()
        return setTools(false)
      }
      if (e.key === 'Escape') return selected ? void setState({ fact: null }) : leave()
      if (e.key === 'f' || e.key === 'F') return toggleFullScreen()
      const move = SLIDE_KEYS[e.key]
      if (!move) return
      // Space presses a focused control (a mark, a button), as Enter does; from the page it moves the deck.
      if (e.key === ' ' && e.target instanceof Element && e.target.matches('button, a[href], [role="button"]')) return
      // Space on the page and the arrows would also scroll it.
      e.preventDefault()
      const target = nextSlide(current, count, move, e.shiftKey)
      setTools(false)
      if (target !== current) void setState({ slide: target, chart: null, fact: null })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, count, selected, setState, toggleFullScreen, tools, setTools, moreButton])

  const go = (slide: number) => {
    setTools(false)
    void setState({ slide, chart: null, fact: null })
  }
  const select = (fact: string) => setState({ fact: fact === selected?.id ? null : fact })
  const nav = (
    // On a narrow screen (a phone) the buttons go under the slide number and wrap, never past the edge.
    // The slide number is the size of the buttons from 768 px; under it, 10 px keeps it in their row on a phone.
    // Sized from the screen, not from the slide's type (which a slide too full for its marks sets smaller), and the
    // number in digits of one width: the buttons and the number keep their size, and their rows, from slide to
    // slide (on a 375 px phone, "Slide 2" was 2 px wider than "Slide 1", and took a row of its own).
    <div
      className="relative flex flex-wrap items-center justify-between gap-x-[0.5em] gap-y-2"
      style={{ fontSize: baseFontSize('slide', bounds) }}
    >
      <p
        className="text-[max(0.5em,10px)] text-slate-600 tabular-nums md:text-[max(0.5em,14px)] dark:text-slate-400"
        aria-live="polite"
      >
        {count ? `Slide ${current} of ${count}` : 'No slides'}
        {filterWords && ` · ${filterWords}`}
      </p>
      <FadingNav className="flex min-w-0 flex-wrap items-center justify-end gap-2 text-[max(0.5em,14px)]">
        {/* Under 768 px the deck tools fold under More, over the slide: in a row of their own they took 45 px of the
            height of a 640 × 360 slide, and 90 px on a phone. */}
        <button {...moreProps} className={`${NAV_BUTTON} md:hidden`}>
          More<span className="sr-only"> deck tools</span>
        </button>
        <div
          ref={toolsPanel}
          id={toolsId}
          className={`${tools ? 'flex' : 'hidden'} absolute top-full right-0 z-20 mt-2 flex-col items-stretch gap-2 rounded-md border border-slate-200 bg-white p-2 shadow-lg md:static md:mt-0 md:flex md:flex-row md:items-center md:border-0 md:bg-transparent md:p-0 md:shadow-none dark:border-slate-700 dark:bg-slate-900 md:dark:bg-transparent`}
        >
          <ShareLink />
          <DownloadDeckButton deck={deck} index={index} theme={theme} className={NAV_BUTTON} />
          <ThemeToggle theme={theme} onChange={(t) => setState({ theme: t })} />
          <button type="button" onClick={toggleFullScreen} aria-keyshortcuts="F" className={NAV_BUTTON}>
            {fullScreen ? 'Exit full screen' : 'Full screen'}
          </button>
        </div>
        {/* aria-disabled, not disabled: a button disabled under the focus (Next, pressed onto the last slide) would
            drop it to the page. */}
        <button
          type="button"
          onClick={() => current > 1 && go(current - 1)}
          aria-disabled={current <= 1}
          className={NAV_BUTTON}
        >
          Previous<span className="sr-only"> slide</span>
        </button>
        <button
          type="button"
          onClick={() => current < count && go(current + 1)}
          aria-disabled={current >= count}
          className={NAV_BUTTON}
        >
          Next<span className="sr-only"> slide</span>
        </button>
        <button
          type="button"
          onClick={() => {
            if (fullScreen) toggleFullScreen()
            void setState({ view: null, slide: null, chart: null, fact: null })
          }}
          className={NAV_BUTTON}
        >
          Exit<span className="sr-only"> presentation</span>
        </button>
      </FadingNav>
    </div>
  )
  const page = 'h-screen bg-white outline-none text-slate-900 dark:bg-slate-950 dark:text-slate-100'
  if (!model || !framed)
    return (
      <main ref={root} aria-roledescription="slide deck" tabIndex={-1} className={`flex flex-col gap-4 p-4 ${page}`}>
        {nav}
        <IgnoredParamsNotice ignored={ignored} />
        <div className="flex flex-1 flex-col items-center justify-center gap-4 text-center">
          <p role="status">No chart has figures under the current filters.</p>
          {(filter.companies.length > 0 || filter.periods.length > 0) && (
            <button type="button" onClick={() => setState({ company: [], period: [] })} className={NAV_BUTTON}>
              Show every chart
            </button>
          )}
        </div>
      </main>
    )
  return (
    <FrameView
      as="main"
      level={1}
      rootRef={root}
      rootProps={{ 'aria-roledescription': 'slide deck', tabIndex: -1 }}
      frame={framed}
      model={model}
      index={index}
      selectedId={selected?.id ?? null}
      onSelect={select}
      // The pointer goes with the faded buttons (FadingNav).
      className={`${page} has-data-idle:cursor-none`}
      above={
        <>
          {nav}
          {/* Over the slide's foot, as a toast, until dismissed: above the slide it took the chart's height. */}
          <div className="fixed inset-x-4 bottom-4 z-30 shadow-lg">
            <IgnoredParamsNotice ignored={ignored} />
          </div>
        </>
      }
      caption={
        <SlideCaption
          index={index}
          fact={quoted}
          selected={selected !== undefined}
          facts={model.facts}
          frame={framed}
          width={captionWidth}
        />
      }
    >
      <ChartView
        model={model}
        medium="slide"
        type={framed.type}
        selectedId={selected?.id ?? null}
        onSelect={select}
        fill={fillingType}
        // What a short screen (a phone on its side) cannot fit is cut whole and counted, never scrolled out of sight.
        more={{ url: dashboardUrl(appUrl, { ...state, fact: null }), cut: cutChart }}
      />
      <ChartDataTable model={model} />
    </FrameView>
  )
}

const NAV_BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 font-medium not-aria-disabled:hover:bg-slate-100 disabled:opacity-40 aria-disabled:opacity-40 dark:border-slate-600 dark:not-aria-disabled:hover:bg-slate-800'
