import { createHash } from 'node:crypto'
import { articleLabel, articlePublisher } from '../../src/domain/article-label.ts'
import { CREATOR, DATASET_TITLE } from '../../src/domain/citation.ts'
import { PACKAGE_NAME } from '../../src/config/site-files.ts'
import type { DataRelease } from '../../src/config/release.ts'
import { csvText } from '../../src/lib/csv.ts'
import { ARTICLE_TEXTS_TERMS, DATA_LICENSE } from '../../src/config/licence.ts'
import { PACKAGE_DESCRIPTION, PACKAGE_PROFILE } from './metadata.ts'
import { packageReadme } from './readme.ts'
import { tableRows, type PackageSources } from './table-rows.ts'
import { RESOURCE_DESCRIPTIONS, RESOURCE_NAMES, TABLE_SCHEMAS } from './table-schemas.ts'

/** How the package names an article as a source: publisher and headline (or, untitled, its label). */
const sourceTitle = (a: PackageSources['dataset']['articles'][number]) => `${articlePublisher(a)}: ${articleLabel(a)}`

export interface DataPackage {
  descriptor: Record<string, unknown>
  /** File name → content: datapackage.json, the five CSVs and README.md. */
  files: Map<string, string>
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The data package: the descriptor, the CSV resources with their Table Schemas, and the README. */
export function buildDataPackage(sources: PackageSources, release: DataRelease): DataPackage {
  const rows = tableRows(sources)
  const files = new Map<string, string>()
  const resources = RESOURCE_NAMES.map((name) => {
    const schema = TABLE_SCHEMAS[name]
    const text = csvText(
      schema.fields.map((f) => f.name),
      rows[name],
    )
    files.set(`${name}.csv`, text)
    return {
      name,
      path: `${name}.csv`,
      type: 'table',
      description: RESOURCE_DESCRIPTIONS[name],
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(text, 'utf8'),
      hash: `sha256:${sha256(text)}`,
      schema,
    }
  })
  const homepage = release.publicUrl ?? undefined
  const descriptor = {
    $schema: PACKAGE_PROFILE,
    name: PACKAGE_NAME,
    ...(homepage ? { id: new URL('data/package/datapackage.json', homepage).href, homepage } : {}),
    title: DATASET_TITLE,
    description: `${PACKAGE_DESCRIPTION} ${ARTICLE_TEXTS_TERMS}`,
    version: release.version,
    created: `${release.updated}T00:00:00Z`,
    keywords: ['cloud computing', 'market share', 'AWS', 'layoffs', 'news sources'],
    licenses: [DATA_LICENSE],
    contributors: [{ title: CREATOR, roles: ['creator', 'publisher'] }],
    sources: sources.dataset.articles.map((a) => ({ title: sourceTitle(a) })),
    resources,
  }
  files.set('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`)
  files.set('README.md', packageReadme(sources, release, rows.facts))
  return { descriptor, files }
}
