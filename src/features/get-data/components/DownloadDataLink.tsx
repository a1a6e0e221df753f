import { PACKAGE_ZIP } from '../../../config/site-files.ts'

/**
 * "Download data": the data package as a zip (CSV files, datapackage.json, a README on columns,
 * inferred years, derivations and citing). A static file the build writes: a plain link, no script.
 */
export function DownloadDataLink({ className = '' }: { className?: string }) {
  return (
    <a href={PACKAGE_ZIP} download className={`font-medium underline underline-offset-2 ${className}`}>
      Download data<span className="sr-only"> (zip: CSV files, datapackage.json and README)</span>
    </a>
  )
}
