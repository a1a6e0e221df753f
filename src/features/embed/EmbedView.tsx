import { useMemo, useRef } from 'react'
import { useElementSize } from '../../components/use-element-size.ts'
import {
  buildChartModel,
  BUILT_EMBED_CLASSES,
  ChartContext,
  ChartDataTable,
  ChartSources,
  ChartView,
  chartFrame,
  CHART_IDS,
  CHART_REGISTRY,
} from '../charts/index.ts'
import { EmbedGetData } from '../get-data/index.ts'
import { useFilteredFacts } from '../filters/index.ts'
import { useAppUrl, useSearchState } from '../url-state/index.ts'
import { dashboardUrl, embedUrl } from './embed-links.ts'
import { EvidencePopover } from './EvidencePopover.tsx'
import { useHostPage } from './use-host-page.ts'
import { useReportHeight } from './use-report-height.ts'

/**
 * One chart alone, for an iframe, in the chart's frame for the iframe's size: title, period and
 * filters, chart, context figures where there is room, the short source with the full Sources one
 * click away, and a link to the dashboard. Text sizes follow the frame (the root's font size is set in
 * CSS from the viewport, by the frame's formula); at small sizes the plot shrinks, and marks that still
 * do not fit are counted in a visible cue, never scrolled away. With fit=content it sizes to its
 * content and reports its height to the host page.
 */
export default function EmbedView() {
  const { index, facts, filter } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const root = useRef<HTMLDivElement>(null)
  const frame = useElementSize(root)
  const fitContent = state.fit === 'content'
  const appUrl = useAppUrl()
  useReportHeight(root, fitContent)
  useHostPage(state)
  const model = useMemo(
    () => (state.chart ? buildChartModel(state.chart, index, facts, filter) : null),
    [state.chart, index, facts, filter],
  )

  const bounds = fitContent ? { width: frame?.width ?? 640, height: null } : (frame ?? { width: 960, height: 420 })
  if (!model) return <ChartChooser />
  const framed = chartFrame(model, 'embed', bounds)
  // Until the frame is measured (the built page), CSS applies the frame's rules for the viewport it is shown in.
  const built = (rule: keyof typeof BUILT_EMBED_CLASSES) => (frame || fitContent ? '' : BUILT_EMBED_CLASSES[rule])
  const selected = state.fact ? index.factById.get(state.fact) : undefined
  const back = dashboardUrl(appUrl, { ...state, fact: selected?.id })
  const surface = state.bg === 'transparent' ? '' : 'bg-white dark:bg-slate-900'

  return (
    <div
      ref={root}
      className={`${fitContent ? 'text-base' : 'embed-frame'} relative flex flex-col gap-[0.25em] p-[0.75em] text-slate-900 dark:text-slate-100 ${surface} ${fitContent ? '' : 'h-screen overflow-hidden'}`}
    >
      <header className="flex items-baseline justify-between gap-[0.75em]">
        <h1
          className={`min-w-0 ${framed.compact ? 'text-[1em]' : 'text-[1.125em]'} ${built('compactTitle')} leading-tight font-semibold`}
        >
          {framed.title.text}
        </h1>
        {/* A compact frame's cue and Sources open the dashboard; the title takes the whole line. */}
        {!framed.compact && (
          <a
            href={back}
            target="_blank"
            rel="noopener"
            className={`shrink-0 text-[0.75em] font-medium underline underline-offset-2 ${built('notCompact')}`}
          >
            Full dashboard<span aria-hidden="true"> ↗</span>
          </a>
        )}
      </header>
      {framed.subtitle && (
        <p className="text-[0.875em] leading-snug text-slate-600 dark:text-slate-300">{framed.subtitle.text}</p>
      )}
      {model.empty ? (
        <p
          role="status"
          className="flex flex-1 items-center justify-center text-[0.875em] text-slate-600 dark:text-slate-300"
        >
          {model.empty}
        </p>
      ) : (
        <figure aria-label={model.title} className={`mt-[0.25em] ${fitContent ? '' : 'min-h-[2em] flex-1'}`}>
          <ChartView
            model={model}
            medium={fitContent ? 'card' : 'embed'}
            frame={frame}
            selectedId={selected?.id ?? null}
            onSelect={(fact) => setState({ fact })}
            moreUrl={fitContent ? undefined : back}
          />
          <ChartDataTable model={model} />
        </figure>
      )}
      {framed.context && (
        <div className={built('context')}>
          <ChartContext
            lines={framed.context.map((c) => c.line)}
            size={framed.context[0].block.size}
            selectedId={selected?.id ?? null}
            onSelect={(fact) => setState({ fact })}
          />
        </div>
      )}
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
      <EmbedGetData chart={model.id} />
      {selected && (
        <EvidencePopover index={index} fact={selected} moreUrl={back} onClose={() => setState({ fact: null })} />
      )}
    </div>
  )
}

/** An embed URL without a valid chart: say so and offer the charts there are. */
function ChartChooser() {
  const [state] = useSearchState()
  const appUrl = useAppUrl()
  return (
    <div role="alert" className="p-4 text-sm">
      <p className="font-semibold">This embed link does not name a chart it knows.</p>
      <p className="mt-1">Choose one:</p>
      <ul className="mt-1 list-disc pl-5">
        {CHART_IDS.map((id) => (
          <li key={id}>
            <a className="underline" href={embedUrl(appUrl, id, { ...state, fit: state.fit })}>
              {CHART_REGISTRY[id].title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
