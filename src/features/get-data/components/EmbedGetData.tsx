import type { ChartId } from '../../charts/index.ts'
import { citedChart } from '../cited-charts.ts'
import { DATA_UPDATED_WORDS, DataUpdated } from './DataUpdated.tsx'
import { Disclosure } from './Disclosure.tsx'
import { DownloadDataLink } from './DownloadDataLink.tsx'
import { HowToCite } from './HowToCite.tsx'

/** The links' words as the embed's frame measures them (the disclosure's marker with its summary). */
export const EMBED_GET_DATA_WORDS = ['Download data', DATA_UPDATED_WORDS, '▶ How to cite']

/**
 * Under an embed's source line: the data to download, its date, and how to cite this chart; the items of a line
 * the chart's frame lays out (sizes and spacing are the frame's).
 */
export function EmbedGetData({ chart }: { chart: ChartId }) {
  const work = citedChart(chart)
  return (
    // One line until "How to cite" is opened: the chart keeps its room.
    <>
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
    </>
  )
}
