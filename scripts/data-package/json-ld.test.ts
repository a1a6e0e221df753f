import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildFromDir } from '../dataset/load-sources.ts'
import { datasetJsonLd, injectJsonLd } from './json-ld.ts'
import { vocabularyProblems } from './schema-org-vocabulary.ts'

const built = buildFromDir(join(import.meta.dirname, '../../data'))
if (!built.ok) throw new Error(built.errors.join('\n'))
const release = { updated: '2024-04-10', version: '1.0.0', publicUrl: 'https://example.org/cloud/' }

/** The JSON-LD as a crawler reads it: from the page's script element, parsed. */
function readBack(html: string): Record<string, unknown> {
  const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1]
  if (!json) throw new Error('no JSON-LD script in the page')
  return JSON.parse(json) as Record<string, unknown>
}

describe('the Dataset JSON-LD', () => {
  const page = injectJsonLd(
    '<html><head><title>t</title></head><body><p>shown</p></body></html>',
    datasetJsonLd(built.dataset, release),
  )
  const data = readBack(page)

  it('comes after what the page shows, at the end of its body', () => {
    expect(page).toMatch(/<body><p>shown<\/p><script type="application\/ld\+json">.*<\/script><\/body>/s)
  })

  it('parses from the page as a Dataset with its downloads and the articles it is based on', () => {
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('Dataset')
    expect(data.distribution).toEqual(
      expect.arrayContaining([
        {
          '@type': 'DataDownload',
          name: expect.any(String),
          encodingFormat: 'application/zip',
          contentUrl: 'https://example.org/cloud/data/cloud-market-dashboard-data.zip',
        },
        expect.objectContaining({
          encodingFormat: 'text/csv',
          contentUrl: 'https://example.org/cloud/data/package/facts.csv',
        }),
      ]),
    )
    const based = data.isBasedOn as {
      '@type': string
      headline?: string
      name?: string
      publisher?: { name: string }
    }[]
    expect(based).toHaveLength(built.dataset.articles.length)
    built.dataset.articles.forEach((a, i) => {
      expect(based[i]['@type']).toBe('NewsArticle')
      if (a.title) expect(based[i].headline).toBe(a.title)
      if (a.publisher) expect(based[i].publisher).toEqual({ '@type': 'Organization', name: a.publisher })
    })
  })

  it('states the day the data changed, and the years it covers as inferred where they are', () => {
    expect(data.dateModified).toBe('2024-04-10')
    expect(data.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/)
    expect(data.description).toContain('Its years are inferred')
  })

  it('keeps to the schema.org vocabulary: every type and property it uses is defined, none deprecated', () => {
    expect(vocabularyProblems(data)).toEqual([])
  })

  it('would catch a property schema.org does not define, or one on the wrong type', () => {
    expect(vocabularyProblems({ '@type': 'Dataset', name: 'x', columns: 3 })).toEqual([
      '$.columns: Dataset has no property "columns" in schema.org',
    ])
    expect(
      vocabularyProblems({ '@type': 'Dataset', isBasedOn: [{ '@type': 'NewsArticle', contentUrl: 'x' }] }),
    ).toEqual(['$.isBasedOn[0].contentUrl: NewsArticle has no property "contentUrl" in schema.org'])
    expect(vocabularyProblems({ '@type': 'Dataset', datasetTimeInterval: '2024' })).toEqual([
      '$.datasetTimeInterval: deprecated on Dataset in schema.org',
    ])
    expect(vocabularyProblems({ '@type': 'DataSet' })).toEqual(['$: "DataSet" is not a schema.org type'])
  })

  it('cannot be closed early by the text it carries', () => {
    const html = injectJsonLd('<body></body>', { '@type': 'Dataset', name: '</script><script>alert(1)</script>' })
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(readBack(html).name).toBe('</script><script>alert(1)</script>')
  })
})
