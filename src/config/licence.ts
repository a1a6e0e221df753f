/**
 * The data's licence: the facts, their structure and the derivations may be reused with attribution.
 * A choice of the project (docs/decisions/0008-data-package-built-with-the-site.md), changed here only.
 */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
}

/**
 * What the licence does not cover, in a line (the footer's, after the data's licence): the articles' texts,
 * which the site serves in full for reading, not as excerpts (docs/decisions/0014-article-texts-and-their-terms.md).
 */
export const ARTICLE_TEXTS_LINE =
  'the articles’ texts, which the site serves in full to read each quote in its place, remain their publishers’ and are not relicensed'

/** The same at length: the package, its README and the JSON-LD. */
export const ARTICLE_TEXTS_TERMS =
  'The licence covers the data only. The news articles named as sources remain their publishers’ (and authors’), under their own terms, and are not relicensed: the site serves each article’s cleaned text in full so that every quote can be read in its place (“Read in article”), and the package quotes their sentences (citations.csv, disagreements.csv, and every sentence in claims.csv) so that every value can be checked against them. Reuse those texts only as their publishers allow.'
