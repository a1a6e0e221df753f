/** The Data Package v2 profile the descriptor declares (vendored in profiles/). */
export const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json'

/** What the package says of itself, beside what the data holds. */
export const PACKAGE_DESCRIPTION =
  'Cloud infrastructure market shares, AWS results and Amazon’s layoff waves, each value traced to the sentences of the news articles that state it. Values the articles do not give are unknown; vague ones keep the articles’ words; derived ones give their formula; years the articles imply but do not print are marked inferred.'
