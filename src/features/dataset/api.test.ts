import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadRealDataset, loadRealEvidence } from '../../domain/real-dataset.test-support.ts'
import { contentHash } from '../../lib/content-hash.ts'
import {
  DATASET_FILE,
  fetchArticleTexts,
  fetchDataset,
  fetchEvidence,
  READ_OFF_THREAD_BYTES,
  trustBuiltFiles,
} from './api.ts'
import { buildIndex } from '../../domain/dataset-index.ts'
import { DatasetLoadError } from './load-error.ts'
import type { Dataset, Evidence } from '../../domain/schema.ts'

let dataset: Dataset
let evidence: Evidence
beforeAll(async () => {
  dataset = await loadRealDataset()
  evidence = await loadRealEvidence()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Stubs fetch with one answer and returns the mock, to inspect the calls. */
function serve(answer: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(answer)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const json = (body: unknown) =>
  serve(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  )

/** The DatasetLoadError fetchDataset rejects with (fails the test if it resolves or throws something else). */
async function loadError(): Promise<DatasetLoadError> {
  const error = await fetchDataset().then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatasetLoadError)
  return error as DatasetLoadError
}

/** A copy of the real dataset, changed by `mutate`. */
function changed(mutate: (d: Dataset & { facts: Record<string, unknown>[] }) => void) {
  const copy = structuredClone(dataset) as Dataset & { facts: Record<string, unknown>[] }
  mutate(copy)
  return copy
}

const indexOfFact = (id: string) => {
  const i = dataset.facts.findIndex((f) => f.id === id)
  if (i === -1) throw new Error(`the dataset has no fact ${id}`)
  return i
}

describe('fetchDataset', () => {
  it('fetches data/dataset.json, validates it and returns the index', async () => {
    const fetchMock = json(dataset)
    const signal = new AbortController().signal
    const index = await fetchDataset(DATASET_FILE, signal)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock).toHaveBeenCalledWith('data/dataset.json', { signal })
    expect(index.facts).toHaveLength(dataset.facts.length)
    expect(index.factById.get('share-aws-2023-q4')?.value).toMatchObject({ kind: 'stated', amount: 31 })
    expect(index.articleById.size).toBe(dataset.articles.length)
  })

  it('reports a 404 (response.ok false) with the file and the status, and does not mark it retryable', async () => {
    serve(
      async () =>
        new Response('<h1>Not found</h1>', {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'text/html' },
        }),
    )
    const error = await loadError()
    expect(error.failure).toBe('http')
    expect(error.file).toBe(DATASET_FILE)
    expect(error.message).toBe('data/dataset.json could not be loaded: the server answered 404 Not Found.')
    expect(error.retryable).toBe(false)
    // An HTML error page is not shown line by line.
    expect(error.details).toEqual([])
  })

  it('passes on a plain-text error body as details', async () => {
    serve(
      async () =>
        new Response('no such file\nchecked /srv/data\n', {
          status: 404,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        }),
    )
    const error = await loadError()
    expect(error.details).toEqual(['no such file', 'checked /srv/data'])
  })

  it('marks a 500 retryable', async () => {
    serve(async () => new Response('boom', { status: 500, statusText: 'Internal Server Error' }))
    const error = await loadError()
    expect(error.failure).toBe('http')
    expect(error.message).toContain('answered 500 Internal Server Error')
    expect(error.retryable).toBe(true)
  })

  it('reports a network error as retryable, naming the file', async () => {
    serve(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await loadError()
    expect(error.failure).toBe('network')
    expect(error.message).toBe('Could not reach data/dataset.json: Failed to fetch')
    expect(error.retryable).toBe(true)
  })

  it('lets an abort through as it is, so a cancelled query is not reported as a failure', async () => {
    const controller = new AbortController()
    controller.abort()
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    serve(async () => {
      throw abort
    })
    await expect(fetchDataset(DATASET_FILE, controller.signal)).rejects.toBe(abort)
  })

  it('reports truncated JSON as not valid JSON, not retryable', async () => {
    const text = JSON.stringify(dataset)
    serve(async () => new Response(text.slice(0, text.length / 2), { status: 200 }))
    const error = await loadError()
    expect(error.failure).toBe('json')
    expect(error.message).toMatch(/^data\/dataset\.json is not valid JSON \(truncated or corrupted\?\): /)
    expect(error.retryable).toBe(false)
  })

  it('names the path of a value of the wrong type: facts[i].value.amount', async () => {
    const i = indexOfFact('share-aws-2023-q4')
    json(
      changed((d) => {
        ;(d.facts[i].value as Record<string, unknown>).amount = '31'
      }),
    )
    const error = await loadError()
    expect(error.failure).toBe('schema')
    expect(error.message).toBe('data/dataset.json does not match the dataset schema.')
    expect(error.retryable).toBe(false)
    expect(error.details).toHaveLength(1)
    expect(error.details[0]).toMatch(
      new RegExp(`^facts\\[${i}\\]\\.value\\.amount: .*expected number, received string`),
    )
  })

  it('names the path of a missing field and of a top-level one', async () => {
    json(
      changed((d) => {
        delete (d.facts[0] as Record<string, unknown>).label
        ;(d as Record<string, unknown>).schemaVersion = 2
      }),
    )
    const error = await loadError()
    expect(error.details.some((l) => l.startsWith('facts[0].label: '))).toBe(true)
    expect(error.details.some((l) => l.startsWith('schemaVersion: '))).toBe(true)
  })

  it('names a citation of an article that does not exist (the schema’s reference check)', async () => {
    const i = indexOfFact('share-aws-2023-q4')
    json(
      changed((d) => {
        ;(d.facts[i].citations as { article: string }[])[0].article = 'no-such-article'
      }),
    )
    const error = await loadError()
    expect(error.failure).toBe('schema')
    expect(error.details).toEqual([
      `facts[${i}].citations[0].article: fact "share-aws-2023-q4": cites unknown article "no-such-article"`,
    ])
  })

  it('names a fact of an unknown company and a formula input that does not exist', async () => {
    const derived = dataset.facts.findIndex((f) => f.inputs.length > 0)
    expect(derived).toBeGreaterThanOrEqual(0)
    json(
      changed((d) => {
        d.facts[0].company = 'no-such-company'
        ;(d.facts[derived].inputs as string[])[0] = 'no-such-fact'
      }),
    )
    const error = await loadError()
    expect(error.details).toContain(
      `facts[0].company: fact "${dataset.facts[0].id}": unknown company "no-such-company"`,
    )
    expect(error.details).toContain(
      `facts[${derived}].inputs[0]: fact "${dataset.facts[derived].id}": derived from unknown fact "no-such-fact"`,
    )
  })

  it('lists at most eight problems, then says how many more', async () => {
    json(
      changed((d) => {
        d.facts.forEach((f) => (f.label = ''))
      }),
    )
    const error = await loadError()
    expect(dataset.facts.length).toBeGreaterThan(8)
    expect(error.details).toHaveLength(9)
    expect(error.details.at(-1)).toBe(`…and ${dataset.facts.length - 8} more`)
  })
})

describe('fetchArticleTexts', () => {
  it('fetches data/articles.json and maps each article to its text', async () => {
    const fetchMock = json({ schemaVersion: 1, articles: [{ id: 'one', text: 'AWS cut several hundred jobs.' }] })
    const texts = await fetchArticleTexts()
    expect(fetchMock).toHaveBeenCalledWith('data/articles.json', { signal: undefined })
    expect(texts.get('one')).toBe('AWS cut several hundred jobs.')
  })

  it('names the file and the entry that is not a text', async () => {
    json({ schemaVersion: 1, articles: [{ id: 'one', text: 42 }] })
    const error = await fetchArticleTexts().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatasetLoadError)
    expect((error as DatasetLoadError).message).toBe('data/articles.json does not match the article texts schema.')
    expect((error as DatasetLoadError).details[0]).toMatch(/^articles\[0\]\.text: /)
  })

  it('reports a missing file with its name and status', async () => {
    serve(async () => new Response('', { status: 404, statusText: 'Not Found' }))
    await expect(fetchArticleTexts()).rejects.toThrow(
      'data/articles.json could not be loaded: the server answered 404 Not Found.',
    )
  })
})

describe('fetchEvidence', () => {
  const rejection = async () => {
    const error = await fetchEvidence(buildIndex(dataset)).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DatasetLoadError)
    return error as DatasetLoadError
  }

  it('fetches data/evidence.json and gives each fact its quotes, in the order the dataset cites them', async () => {
    const fetchMock = json(evidence)
    const quotes = await fetchEvidence(buildIndex(dataset))
    expect(fetchMock).toHaveBeenCalledWith('data/evidence.json', { signal: undefined })
    const share = dataset.facts.find((f) => f.id === 'share-aws-2023-q4')!
    expect(quotes.citationsOf(share.id).map((c) => c.article)).toEqual(share.citations.map((c) => c.article))
    expect(quotes.citationsOf(share.id)[0].quote).toContain('31%')
    expect(quotes.disagreementsOf.get('layoffs-2024-04')?.length).toBeGreaterThan(0)
  })

  it('rejects quotes from another article than the dataset names, saying for which fact', async () => {
    const copy = structuredClone(evidence)
    const [first, second] = copy.citations['share-aws-2023-q4']
    copy.citations['share-aws-2023-q4'] = [
      { ...first, article: dataset.articles.find((a) => a.id !== first.article)!.id },
    ]
    if (second) copy.citations['share-aws-2023-q4'].push(second)
    json(copy)
    const error = await rejection()
    expect(error.message).toBe(
      'data/evidence.json does not belong with the dataset: its quotes are not the ones the facts cite.',
    )
    expect(error.details.join('\n')).toMatch(/^citations\.share-aws-2023-q4: the dataset cites /m)
  })

  it('rejects quotes for a fact the dataset does not have', async () => {
    json({ ...evidence, citations: { ...evidence.citations, 'no-such-fact': evidence.citations['share-aws-2023-q4'] } })
    expect((await rejection()).details).toContain('citations.no-such-fact: quotes for a fact the dataset does not have')
  })

  it('reports a file that breaks the schema, with the path of the problem', async () => {
    json({ ...evidence, citations: { 'share-aws-2023-q4': [{ article: 'x' }] } })
    const error = await rejection()
    expect(error.message).toBe('data/evidence.json does not match the evidence schema.')
    expect(error.details[0]).toMatch(/^citations\.share-aws-2023-q4\[0\]\.quote: /)
  })
})

describe('files the build vouches for', () => {
  afterEach(() => trustBuiltFiles({ datasetHash: null, datasetBytes: null, evidenceHash: null, textsHash: null }))

  // An empty text breaks the schema, so only a file taken on trust can pass with it.
  const body = JSON.stringify({ schemaVersion: 1, articles: [{ id: 'one', text: '' }] })
  const serveBody = (text: string) => serve(async () => new Response(text, { status: 200 }))

  it('are taken as the build checked them when their content hash is the recorded one', async () => {
    trustBuiltFiles({ datasetHash: null, datasetBytes: null, evidenceHash: null, textsHash: contentHash(body) })
    serveBody(body)
    expect((await fetchArticleTexts()).get('one')).toBe('')
  })

  it('are validated in full when their bytes differ from the ones the build recorded', async () => {
    trustBuiltFiles({ datasetHash: null, datasetBytes: null, evidenceHash: null, textsHash: contentHash(body) })
    serveBody(body.replace('"one"', '"two"'))
    await expect(fetchArticleTexts()).rejects.toThrow('data/articles.json does not match the article texts schema.')
  })
})

describe('a dataset the build found large', () => {
  afterEach(() => trustBuiltFiles({ datasetHash: null, datasetBytes: null, evidenceHash: null, textsHash: null }))

  /** Workers started so far; each fails to start, so the page reads the file itself, as it does then. */
  function countWorkers() {
    const started: string[] = []
    vi.stubGlobal('document', { baseURI: 'https://example.org/' })
    vi.stubGlobal(
      'Worker',
      class {
        onerror: ((e: { preventDefault: () => void }) => void) | null = null
        constructor(script: URL) {
          started.push(script.pathname)
        }
        postMessage() {
          queueMicrotask(() => this.onerror?.({ preventDefault: () => {} }))
        }
        terminate() {}
      },
    )
    return started
  }

  it('is read in a worker from the size the build recorded on, and on the page below it', async () => {
    const started = countWorkers()
    json(dataset)
    trustBuiltFiles({ datasetHash: null, datasetBytes: READ_OFF_THREAD_BYTES - 1, evidenceHash: null, textsHash: null })
    await fetchDataset()
    expect(started).toEqual([])

    trustBuiltFiles({ datasetHash: null, datasetBytes: READ_OFF_THREAD_BYTES, evidenceHash: null, textsHash: null })
    const index = await fetchDataset()
    expect(started).toEqual([expect.stringMatching(/read-file\.worker\.ts$/)])
    expect(index.facts.length).toBe(dataset.facts.length)
  })
})
