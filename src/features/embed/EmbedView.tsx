import { useMemo, useRef } from 'react'
import { useElementSize } from '../../components/use-element-size'
import { buildChartModel } from '../charts/chart-model'
import { ChartDataTable } from '../charts/components/ChartDataTable'
import { ChartView } from '../charts/components/ChartView'
import { EmbedGetData } from '../get-data/components/EmbedGetData'
import { CHART_IDS, CHART_REGISTRY } from '../charts/registry'
import { useFilteredFacts } from '../filters/use-filtered-facts'
import { useAppUrl } from '../url-state/app-url'
import { useSearchState } from '../url-state/use-search-state'
import { dashboardUrl, embedUrl } from './embed-links'
import { EvidencePopover } from './EvidencePopover'
import { useReportHeight } from './use-report-height'

/**
 * One chart alone, for an iframe: title, period and filters, chart, the whole
 * source line and a link to the dashboard. Text sizes follow the frame (the
 * root's font size is set in CSS from the viewport); at small sizes the plot
 * shrinks, never the facts. With fit=content it sizes to its content and
 * reports its height to the host page.
 */
export default function EmbedView() {
  const { index, facts, filter } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const root = useRef<HTMLDivElement>(null)
  const frame = useElementSize(root)
  const fitContent = state.fit === 'content'
  const appUrl = useAppUrl()
  useReportHeight(root, fitContent)
  const model = useMemo(
    () => (state.chart ? buildChartModel(state.chart, index, facts, filter) : null),
    [state.chart, index, facts, filter],
  )

  if (!model) return <ChartChooser />
  const selected = state.fact ? index.factById.get(state.fact) : undefined
  const back = dashboardUrl(appUrl, { ...state, fact: selected?.id })
  const surface = state.bg === 'transparent' ? '' : 'bg-white dark:bg-slate-900'

  return (
    <div
      ref={root}
      className={`${fitContent ? 'text-base' : 'embed-frame'} relative flex flex-col gap-[0.25em] p-[0.75em] text-slate-900 dark:text-slate-100 ${surface} ${fitContent ? '' : 'h-screen overflow-y-auto'}`}
    >
      <header className="flex items-baseline justify-between gap-[0.75em]">
        <h1 className="min-w-0 text-[1.125em] leading-tight font-semibold">{model.title}</h1>
        <a
          href={back}
          target="_blank"
          rel="noopener"
          className="shrink-0 text-[0.75em] font-medium underline underline-offset-2"
        >
          Full dashboard<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      {model.subtitle && (
        <p className="text-[0.875em] leading-snug text-slate-600 dark:text-slate-300">{model.subtitle}</p>
      )}
      {model.empty ? (
        <p
          role="status"
          className="flex flex-1 items-center justify-center text-[0.875em] text-slate-600 dark:text-slate-300"
        >
          {model.empty}
        </p>
      ) : (
        // The plot shrinks with the frame down to a few lines of text; below that the frame scrolls, so no fact is cut.
        <figure aria-label={model.title} className={`mt-[0.25em] ${fitContent ? '' : 'min-h-[7em] flex-1'}`}>
          <ChartView
            model={model}
            medium={fitContent ? 'card' : 'embed'}
            frame={frame}
            selectedId={selected?.id ?? null}
            onSelect={(fact) => setState({ fact })}
          />
          <ChartDataTable model={model} />
        </figure>
      )}
      <p className="text-[0.75em] leading-snug text-slate-600 dark:text-slate-400">{model.source}</p>
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
