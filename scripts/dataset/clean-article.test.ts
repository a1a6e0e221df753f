import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ArticleManifestEntry, cleanArticle } from './clean-article.ts'

const dataDir = resolve(import.meta.dirname, '../../data')
const rawDir = join(dataDir, 'sources', 'raw')
const seedsDir = resolve(import.meta.dirname, '../../../shared/seeds')

const manifest = ArticleManifestEntry.array().parse(
  parse(readFileSync(join(dataDir, 'sources', 'articles.yaml'), 'utf8')),
)
const rawFiles = readdirSync(rawDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const articles = rawFiles.map((file) => {
  const id = basename(file, '.txt')
  const entry = manifest.find((e) => e.id === id)
  if (!entry) throw new Error(`raw/${file} has no entry in articles.yaml`)
  return { id, entry, raw: readFileSync(join(rawDir, file), 'utf8') }
})

type Removals = Pick<ArticleManifestEntry, 'removeLines' | 'removeFrom'>

/** The raw lines the manifest keeps: all but the removeLines entries and everything from removeFrom on. */
function keptLines(raw: string, entry: Removals): string[] {
  const lines = raw.split(/\r?\n/)
  const cut = entry.removeFrom ? lines.findIndex((l) => l.trim() === entry.removeFrom!.line) : lines.length
  if (cut === -1) throw new Error(`removeFrom line "${entry.removeFrom!.line}" is not in the raw text`)
  const removed = new Set(entry.removeLines.map((r) => r.line))
  return lines.slice(0, cut).filter((l) => !removed.has(l.trim()))
}

/** The raw lines from removeFrom on (none without removeFrom). */
function cutLines(raw: string, entry: Removals): string[] {
  if (!entry.removeFrom) return []
  const lines = raw.split(/\r?\n/)
  return lines.slice(lines.findIndex((l) => l.trim() === entry.removeFrom!.line))
}

/** Splits text into sentences: at line breaks, and after ., ! or ? (and any closing quote) before a space. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?…]["”’)\]]*)\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

const lineSet = (text: string) => new Set(text.split('\n').map((l) => l.trim()))

describe('the articles in data/sources/raw', () => {
  it('each have exactly one manifest entry, and each entry a raw file', () => {
    expect(articles.length).toBeGreaterThan(0)
    expect(manifest.map((e) => e.id).sort()).toEqual(articles.map((a) => a.id))
  })

  it.skipIf(!existsSync(seedsDir))('are byte-identical to the seed files', () => {
    const seeds = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
    expect(seeds).toEqual(rawFiles)
    for (const file of rawFiles) {
      const same = readFileSync(join(rawDir, file)).equals(readFileSync(join(seedsDir, file)))
      expect(same, `raw/${file} differs from its seed`).toBe(true)
    }
  })

  describe.each(articles)('$id', ({ raw, entry }) => {
    const { text, problems } = cleanArticle(raw, entry)

    it('cleans without problems', () => {
      expect(problems).toEqual([])
      expect(text.length).toBeGreaterThan(0)
    })

    it('loses no body sentence', () => {
      const body = sentences(keptLines(raw, entry).join('\n'))
      expect(body.length).toBeGreaterThan(0)
      for (const sentence of body) expect(text.includes(sentence), `lost: "${sentence}"`).toBe(true)
    })

    it('keeps the body lines verbatim and in order, adding nothing', () => {
      const nonBlank = (lines: string[]) => lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== '')
      expect(nonBlank(text.split('\n'))).toEqual(nonBlank(keptLines(raw, entry)).map((l, i) => (i ? l : l.trimStart())))
    })

    it('drops the chrome lines the manifest lists, and everything from removeFrom on', () => {
      const kept = new Set(keptLines(raw, entry).map((l) => l.trim()))
      const chrome = [
        ...entry.removeLines.map((r) => r.line),
        ...cutLines(raw, entry)
          .map((l) => l.trim())
          .filter((l) => l !== '' && !kept.has(l)),
      ]
      const lines = lineSet(text)
      for (const line of chrome) expect(lines.has(line), `chrome left in: "${line}"`).toBe(false)
    })
  })

  it.each([
    ['002_f2f2ba15a4cfbd0b', 'Romolo Tavani -'],
    ['002_f2f2ba15a4cfbd0b', 'Read more about AWS'],
    ['003_e36db502d5787c21', 'About the Author'],
    ['003_e36db502d5787c21', 'Featured'],
    ['004_63556d1f1b65d4c5', 'LEAVE A REPLY'],
    ['004_63556d1f1b65d4c5', 'Please enter your comment!'],
  ])('%s: "%s" is in the raw text but not a line of the cleaned one', (id, line) => {
    const article = articles.find((a) => a.id === id)!
    expect(lineSet(article.raw).has(line)).toBe(true)
    expect(lineSet(cleanArticle(article.raw, article.entry).text).has(line)).toBe(false)
  })
})

describe('cleanArticle', () => {
  const none: Removals = { removeLines: [] }

  it('collapses runs of blank lines to one and trims the ends', () => {
    expect(cleanArticle('\n\nOne.\n\n\n\nTwo.\n \n\t\nThree.\n\n', none)).toEqual({
      text: 'One.\n\nTwo.\n\nThree.',
      problems: [],
    })
  })

  it('reads Windows line ends and drops trailing spaces, keeping lines otherwise verbatim', () => {
    expect(cleanArticle('One.  \r\n  Two “quoted”.\r\n', none).text).toBe('One.\n  Two “quoted”.')
  })

  it('removes listed lines whole, ignoring surrounding spaces, and never parts of lines', () => {
    const raw = 'Data Center\nData Center capacity grew.\n  Data Center  \nEnd.'
    const result = cleanArticle(raw, { removeLines: [{ line: 'Data Center', why: 'tag' }] })
    expect(result).toEqual({ text: 'Data Center capacity grew.\nEnd.', problems: [] })
  })

  it('reports a removeLines line that is missing', () => {
    const result = cleanArticle('Body.', { removeLines: [{ line: 'Read more', why: 'teaser' }] })
    expect(result).toEqual({ text: 'Body.', problems: ['removeLines line not found: "Read more"'] })
  })

  it('drops the removeFrom line and everything after it', () => {
    const raw = 'Body.\n\nLEAVE A REPLY\n\nPlease enter your comment!\nLEAVE A REPLY'
    const result = cleanArticle(raw, { removeLines: [], removeFrom: { line: 'LEAVE A REPLY', why: 'form' } })
    expect(result).toEqual({ text: 'Body.', problems: [] })
  })

  it('reports a removeFrom line that is missing and keeps the text', () => {
    const result = cleanArticle('Body.\nMore.', {
      removeLines: [],
      removeFrom: { line: 'About the Author', why: 'box' },
    })
    expect(result).toEqual({ text: 'Body.\nMore.', problems: ['removeFrom line not found: "About the Author"'] })
  })
})
