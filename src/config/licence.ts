/**
 * The data's licence: the facts, their structure and the derivations may be reused with attribution.
 * A choice of the project (docs/decisions/0008-data-package-built-with-the-site.md), changed here only.
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
}

/** What the licence does not cover, said in the package, its README and the JSON-LD. */
export const ARTICLES_NOT_RELICENSED =
  'The quotes are short excerpts of the news articles named as sources, each attributed to its article; the articles’ texts remain their publishers’ and are not relicensed.'
