import { FACTS_CSV } from '../../config/site-files.ts'

/**
 * "Download all facts (CSV)": every fact of the dataset, whatever the filters, as the data package's
 * facts.csv (the quotes are in the package's citations.csv). A static file the build writes: a plain link.
 */
export function DownloadAllFactsLink() {
  return (
    <a
      href={FACTS_CSV.path}
      download={FACTS_CSV.saveAs}
      className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      Download all facts (CSV)
    </a>
  )
}
