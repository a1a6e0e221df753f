import type { DataDownload, Dataset as SchemaDataset, NewsArticle, WithContext } from 'schema-dts'
import { periodBounds } from '../../src/lib/period.ts'
import { articleLabel } from '../../src/domain/article-label.ts'
import { YEAR_INFERRED_MARK } from '../../src/domain/format-fact.ts'
import type { Dataset } from '../../src/domain/schema.ts'
import { CREATOR, DATASET_TITLE } from '../../src/domain/citation.ts'
import { PACKAGE_DIR, PACKAGE_ZIP } from '../../src/config/site-files.ts'
import type { DataRelease } from '../../src/config/release.ts'
import { ARTICLE_TEXTS_TERMS, DATA_LICENSE } from '../../src/config/licence.ts'
import { PACKAGE_DESCRIPTION } from './metadata.ts'
import { RESOURCE_NAMES } from './table-schemas.ts'

/** The span of the dated facts, ISO 8601 (first day/last day), and whether any of its years is inferred. */
function temporalCoverage(dataset: Dataset): { interval: string; yearInferred: boolean } | null {
  const dated = dataset.facts.filter((f) => f.period.value)
  if (!dated.length) return null
  const bounds = dated.map((f) => periodBounds(f.period.value!))
  const start = bounds.map((b) => b.start).sort()[0]
  const end = bounds
    .map((b) => b.end)
    .sort()
    .at(-1)!
  return { interval: `${start}/${end}`, yearInferred: dated.some((f) => f.period.yearInferred) }
}

/**
 * The site's data as a schema.org Dataset, for search engines and data catalogues (Google Dataset
 * Search reads it): what it is, who made it, its licence, the period it covers, where to download it
 * and the articles it is based on. URLs are absolute where the public URL is known, else relative
 * to the page. Typed by schema-dts, so a property schema.org does not define fails to compile.
 */
export function datasetJsonLd(dataset: Dataset, release: DataRelease): WithContext<SchemaDataset> {
  const base = release.publicUrl
  const url = (path: string) => (base ? new URL(path, base).href : `./${path}`)
  const coverage = temporalCoverage(dataset)
  const inferred = coverage?.yearInferred
    ? ` Its years are inferred (marked ${YEAR_INFERRED_MARK} in the data): no article prints them; the package’s articles.csv and README say how they are known.`
    : ''
  const download = (path: string, encodingFormat: string, name: string): DataDownload => ({
    '@type': 'DataDownload',
    name,
    encodingFormat,
    contentUrl: url(path),
  })
  const article = (a: Dataset['articles'][number]): NewsArticle => ({
    '@type': 'NewsArticle',
    // An untitled article has no headline to give: it is named by words of its first sentence instead.
    ...(a.title ? { headline: a.title } : { name: articleLabel(a) }),
    ...(a.publisher ? { publisher: { '@type': 'Organization', name: a.publisher } } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
  })
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    ...(base ? { '@id': `${base}#dataset`, url: base } : {}),
    name: DATASET_TITLE,
    description: `${PACKAGE_DESCRIPTION}${inferred} ${ARTICLE_TEXTS_TERMS}`,
    version: release.version,
    dateModified: release.updated,
    creator: { '@type': 'Organization', name: CREATOR },
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    keywords: ['cloud computing', 'market share', 'AWS', 'layoffs', 'news sources'],
    ...(coverage ? { temporalCoverage: coverage.interval } : {}),
    distribution: [
      download(PACKAGE_ZIP, 'application/zip', 'Data package (zip): CSV files, datapackage.json and README'),
      download(`${PACKAGE_DIR}/datapackage.json`, 'application/json', 'Data Package descriptor (datapackage.json)'),
      ...RESOURCE_NAMES.map((name) => download(`${PACKAGE_DIR}/${name}.csv`, 'text/csv', `${name}.csv`)),
    ],
    isBasedOn: dataset.articles.map(article),
  }
}

/**
 * The JSON-LD as a script element. A JSON-LD script is data, not code: the Content-Security-Policy's
 * script-src does not apply to it. "<" is escaped so no text in the data can close the element.
 */
const jsonLdScript = (data: object) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`

/**
 * The page with the JSON-LD at the end of its body, which crawlers read as well as the head: at 100× data it
 * is 55 kB (the articles it is based on), and in the head it came before every byte of the first frame
 * (the first chart 13 ms later at 100×, 7 ms at 1×; decision 36).
 */
export function injectJsonLd(html: string, data: object): string {
  if (!html.includes('</body>')) throw new Error('The page has no </body> to put its JSON-LD before')
  return html.replace('</body>', () => `${jsonLdScript(data)}</body>`)
}
