import type { ChartId } from '../../charts/index.ts'
import { citedChart } from '../cited-charts.ts'
import { DataUpdated } from './DataUpdated.tsx'
import { Disclosure } from './Disclosure.tsx'
import { DownloadDataLink } from './DownloadDataLink.tsx'
import { HowToCite } from './HowToCite.tsx'

/** Under an embed's source line: the data to download, its date, and how to cite this chart. */
export function EmbedGetData({ chart }: { chart: ChartId }) {
  const work = citedChart(chart)
  return (
    // One line until "How to cite" is opened: the chart keeps its room.
    <div className="flex flex-wrap items-baseline gap-x-[0.75em] text-[0.75em] leading-snug text-slate-600 dark:text-slate-300">
      <DownloadDataLink className="text-slate-900 dark:text-slate-100" />
      <DataUpdated />
      <Disclosure
        className="open:basis-full"
        summaryClassName="cursor-pointer font-medium text-slate-900 dark:text-slate-100"
        summary="How to cite"
      >
        <div className="mt-[0.25em]">
          <HowToCite work={work} name={`“${work.chart.title}”`} />
        </div>
      </Disclosure>
    </div>
  )
}
