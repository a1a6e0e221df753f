import { useMemo, useRef } from 'react'
import { CHART_IDS, CHARTS } from '../../config/charts'
import { buildChartModel } from '../charts/chart-models'
import { ChartBody } from '../charts/components/ChartBody'
import { ChartDataTable } from '../charts/components/ChartDataTable'
import { useFilteredFacts } from '../filters/use-filtered-facts'
import { appUrl } from '../url-state/app-url'
import { useSearchState } from '../url-state/use-search-state'
import { dashboardUrl, embedUrl } from './embed-links'
import { EvidencePopover } from './EvidencePopover'
import { useReportHeight } from './use-report-height'

/**
 * One chart alone, for an iframe: title, chart, one-line source and a link to
 * the dashboard. It fills the frame it is given (or, with fit=content, sizes to
 * its content and reports its height), and never scrolls.
 */
export default function EmbedView() {
  const { index, facts } = useFilteredFacts()
  const [state, setState] = useSearchState()
  const root = useRef<HTMLDivElement>(null)
  const fitContent = state.fit === 'content'
  useReportHeight(root, fitContent)
  const model = useMemo(
    () => (state.chart ? buildChartModel(state.chart, index, facts) : null),
    [state.chart, index, facts],
  )

  if (!model) return <ChartChooser />
  const selected = state.fact ? index.factById.get(state.fact) : undefined
  const back = dashboardUrl(appUrl(), { ...state, fact: selected?.id })
  const surface = state.bg === 'transparent' ? '' : 'bg-white dark:bg-slate-900'

  return (
    <div
      ref={root}
      className={`relative flex flex-col gap-1 p-3 text-slate-900 dark:text-slate-100 ${surface} ${fitContent ? '' : 'h-screen overflow-hidden'}`}
    >
      <header className="flex items-baseline justify-between gap-3">
        <h1 className="truncate text-base font-semibold">{model.title}</h1>
        <a
          href={back}
          target="_blank"
          rel="noopener"
          className="shrink-0 text-xs font-medium underline underline-offset-2"
        >
          Full dashboard<span aria-hidden="true"> ↗</span>
        </a>
      </header>
      {model.subtitle && <p className="short:hidden text-sm text-slate-600 dark:text-slate-300">{model.subtitle}</p>}
      {model.empty ? (
        <p role="status" className="flex flex-1 items-center justify-center text-sm text-slate-600 dark:text-slate-300">
          {model.empty}
        </p>
      ) : (
        <figure aria-label={model.title} className={`min-h-0 ${fitContent ? '' : 'flex-1'}`}>
          <ChartBody
            model={model}
            selectedId={selected?.id ?? null}
            onSelect={(fact) => setState({ fact })}
            fill={!fitContent}
          />
          <ChartDataTable model={model} />
        </figure>
      )}
      <p className="short:line-clamp-1 line-clamp-2 text-xs text-slate-600 dark:text-slate-400">{model.source}</p>
      {selected && (
        <EvidencePopover index={index} fact={selected} moreUrl={back} onClose={() => setState({ fact: null })} />
      )}
    </div>
  )
}

/** An embed URL without a valid chart: say so and offer the charts there are. */
function ChartChooser() {
  const [state] = useSearchState()
  return (
    <div role="alert" className="p-4 text-sm">
      <p className="font-semibold">This embed link does not name a chart it knows.</p>
      <p className="mt-1">Choose one:</p>
      <ul className="mt-1 list-disc pl-5">
        {CHART_IDS.map((id) => (
          <li key={id}>
            <a className="underline" href={embedUrl(appUrl(), id, { ...state, fit: state.fit })}>
              {CHARTS[id].title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
