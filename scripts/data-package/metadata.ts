/** What the package says of itself, beside what the data holds. */

/** The Data Package v2 profile the descriptor declares (vendored in profiles/). */
export const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json'

/** The compilation's licence: the facts, their structure and the derivations, with attribution. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
}

/** What the licence does not cover, said in the package, its README and the JSON-LD. */
export const ARTICLES_NOT_RELICENSED =
  'The quotes are short excerpts of the five articles, each attributed to its article; the articles’ texts remain their publishers’ and are not relicensed.'

export const PACKAGE_DESCRIPTION =
  'Cloud infrastructure market shares, AWS results and Amazon’s layoff waves around April 2024, each value traced to the sentences of five news articles that state it. Values the articles do not give are unknown; vague ones keep the articles’ words; derived ones give their formula; years the articles imply but do not print are marked inferred.'
