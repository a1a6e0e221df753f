import type { ChartId } from '../../charts'
import { citedChart } from '../cited-charts'
import { DataUpdated } from './DataUpdated'
import { Disclosure } from './Disclosure'
import { DownloadDataLink } from './DownloadDataLink'
import { HowToCite } from './HowToCite'

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
