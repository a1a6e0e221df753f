import { useMemo, useRef } from 'react'
import { useElementSize } from '../../components/use-element-size.ts'
import {
  buildChartModel,
  builtDrawingRules,
  ChartDataTable,
  ChartView,
  chartFrame,
  CHART_IDS,
  CHART_REGISTRY,
  cutChart,
  DASHBOARD_LINK,
  embedDrawings,
  FrameView,
} from '../charts/index.ts'
import { EMBED_GET_DATA_WORDS, EmbedGetData } from '../get-data/index.ts'
import { useFilteredFacts } from '../filters/index.ts'
import { useAppUrl, useSearchState } from '../url-state/index.ts'
import { dashboardUrl, embedUrl } from './embed-links.ts'
import { EvidencePopover } from './EvidencePopover.tsx'
import { useHostPage } from './use-host-page.ts'
import { useReportHeight } from './use-report-height.ts'

const FRAME_OPTIONS = { links: EMBED_GET_DATA_WORDS }
// Before the iframe is measured (the built page), the frame is worded for the largest built size; CSS sets the
// base size, the compact title and the context figures for the viewport, as the frame does for each size.
const BUILT_BOUNDS = { width: 960, height: 540 }

/**
 * One chart alone, for an iframe, in the chart's frame for the iframe's size: title, period and
 * filters, chart, context figures where there is room, the short source with the full Sources one
 * click away, the data's links, and a link to the dashboard. A frame too small for every mark at its
 * size sets its type smaller, down to the smallest readable size; marks that still do not fit are
 * counted in a visible cue, never scrolled away. With fit=content it sizes to its content and reports
 * its height to the host page.
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
  const drawings = useMemo(
    () => (model && !fitContent ? embedDrawings(model, FRAME_OPTIONS) : undefined),
    [model, fitContent],
  )

  if (!model) return <ChartChooser />
  const bounds = fitContent ? { width: frame?.width ?? 640, height: null } : (frame ?? BUILT_BOUNDS)
  const framed = chartFrame(model, 'embed', bounds, FRAME_OPTIONS)
  const built = !frame && !fitContent
  const selected = state.fact ? index.factById.get(state.fact) : undefined
  const back = dashboardUrl(appUrl, { ...state, fact: selected?.id })
  const surface = state.bg === 'transparent' ? '' : 'bg-white dark:bg-slate-900'
  const select = (fact: string) => setState({ fact })

  return (
    <FrameView
      as="div"
      level={1}
      rootRef={root}
      built={built}
      frame={framed}
      model={model}
      index={index}
      selectedId={selected?.id ?? null}
      onSelect={select}
      className={`text-slate-900 dark:text-slate-100 ${surface} ${fitContent ? '' : 'h-screen'}`}
      aside={
        // A compact frame's cue and Sources open the dashboard; the title takes the whole line.
        !framed.compact && (
          <a
            href={back}
            target="_blank"
            rel="noopener"
            className="font-medium underline underline-offset-2"
            style={{ fontSize: `${framed.aside!.size / framed.type.base}em`, lineHeight: 1.25 }}
          >
            {DASHBOARD_LINK}
            <span aria-hidden="true"> ↗</span>
          </a>
        )
      }
      links={<EmbedGetData chart={model.id} />}
      overlay={
        selected && (
          <EvidencePopover index={index} fact={selected} moreUrl={back} onClose={() => setState({ fact: null })} />
        )
      }
    >
      {built && drawings && (
        <style>
          {builtDrawingRules(
            'embed',
            drawings.map((d) => ({ base: d.type.base, links: d.links ?? false })),
          )}
        </style>
      )}
      <ChartView
        model={model}
        medium={fitContent ? 'card' : 'embed'}
        type={framed.type}
        drawings={drawings}
        frame={frame}
        selectedId={selected?.id ?? null}
        onSelect={select}
        more={fitContent ? undefined : { url: back, cut: cutChart }}
      />
      <ChartDataTable model={model} />
    </FrameView>
  )
}

/** An embed URL without a valid chart: say so and offer the charts there are. */
function ChartChooser() {
  const [state] = useSearchState()
  const appUrl = useAppUrl()
  return (
    <div role="alert" className="p-4 text-sm">
      <p className="font-semibold">This embed link names no chart this dashboard has.</p>
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
