/** This release of the data, as the build states it (scripts/data-package/release.ts writes it in). */
export interface DataRelease {
  /** The day the dataset last changed, ISO 8601 (2024-04-10): its last commit, else the build's day. */
  updated: string
  /** The release's version (the app's, from package.json). */
  version: string
  /** The site's public address (PUBLIC_URL), ending in "/", or null when the build was not given one. */
  publicUrl: string | null
}

declare const __DATA_RELEASE__: DataRelease | undefined

/**
 * The build's release, defined at build time so the footer, the package, the JSON-LD and the
 * prerendered pages all read the same date. Code run outside a Vite build gets a stand-in.
 */
export const DATA_RELEASE: DataRelease =
  typeof __DATA_RELEASE__ === 'undefined'
    ? { updated: '1970-01-01', version: '0.0.0', publicUrl: null }
    : __DATA_RELEASE__
