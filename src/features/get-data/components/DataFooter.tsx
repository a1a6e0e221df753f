import { citedCharts } from '../cited-charts.ts'
import { ARTICLE_TEXTS_LINE, DATA_LICENSE } from '../../../config/licence.ts'
import { DATA_RELEASE } from '../../../config/release.ts'
import { DataUpdated } from './DataUpdated.tsx'
import { Disclosure } from './Disclosure.tsx'
import { DownloadDataLink } from './DownloadDataLink.tsx'
import { HowToCite } from './HowToCite.tsx'

const details = 'rounded-md border border-slate-200 p-3 dark:border-slate-700'

/**
 * The dashboard's footer: the data to download, when it last changed, its licence, and how to cite
 * the dashboard or any one chart.
 */
export function DataFooter() {
  return (
    <footer className="mx-auto max-w-[1920px] px-4 pb-6 text-sm text-slate-700 lg:px-6 dark:text-slate-300">
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
        <h2 className="text-base font-semibold text-slate-900 dark:text-slate-50">Get the data</h2>
        <p className="flex flex-wrap gap-x-3 gap-y-1">
          {/* 24 px tall: a tap target of its own however close the table's last row is (WCAG 2.5.8). */}
          <DownloadDataLink className="inline-block py-0.5" />
          <span>CSV files with a datapackage.json and a README on every column</span>
        </p>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-slate-600 dark:text-slate-400">
          <DataUpdated />
          <span>Version {DATA_RELEASE.version}</span>
          <span>
            Data under{' '}
            <a className="underline underline-offset-2" href={DATA_LICENSE.path} rel="license noopener">
              {DATA_LICENSE.title}
            </a>
            ; {ARTICLE_TEXTS_LINE}.
          </span>
        </p>
        <Disclosure className={details} summary="How to cite">
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            <HowToCite work={{}} name="the dashboard" />
            <div className="space-y-2">
              <h3 className="font-medium">One chart</h3>
              {citedCharts().map((chart) => (
                <Disclosure key={chart.chart.id} className={details} summary={chart.chart.title}>
                  <div className="mt-2">
                    <HowToCite work={chart} name={`“${chart.chart.title}”`} />
                  </div>
                </Disclosure>
              ))}
            </div>
          </div>
        </Disclosure>
      </div>
    </footer>
  )
}
