// Files of the built site that several layers name: the app links to them, the build writes them.

/** Where the build writes the data package, relative to the site's root (scripts/data-package/). */
export const PACKAGE_NAME = 'cloud-market-dashboard-data'
export const PACKAGE_DIR = 'data/package'
/** The zip readers download: the package's folder, with its README. */
export const PACKAGE_ZIP = `data/${PACKAGE_NAME}.zip`

/**
 * The page a chart's embed is prerendered into, so an iframe shows the chart before any script runs; the
 * query carries the view state as everywhere else. Citations name it as the chart's own page.
 */
export const embedPage = <Chart extends string>(chart: Chart) => `embed-${chart}.html` as const

/** The package's facts.csv, which "Download all facts" saves under a name that says what it holds. */
export const FACTS_CSV = { path: `${PACKAGE_DIR}/facts.csv`, saveAs: 'cloud-market-all-facts.csv' } as const
