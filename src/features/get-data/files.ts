/** Where the build writes the data package, relative to the site's root (scripts/data-package/). */
export const PACKAGE_NAME = 'cloud-market-dashboard-data'
export const PACKAGE_DIR = 'data/package'
/** The zip readers download: the package's folder, with its README. */
export const PACKAGE_ZIP = `data/${PACKAGE_NAME}.zip`
