import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { QuotedFact } from '../../src/domain/schema.ts'
import type { ClaimsFile } from '../dataset/claims.ts'
import type { BuildResult, DatasetSources } from '../dataset/build-dataset.ts'
import { formatErrors, readAndBuild } from '../dataset/load-sources.ts'
import type { DatasetContext } from './build-draft.ts'
import { versionClaimIds } from './fact-index.ts'
import { Refusal } from './input.ts'

/** The dataset as the intake reads it, plus what it needs to refuse a known text and number the next article. */
export interface IntakeContext extends DatasetContext {
  /** The articles' ids by a hash of their text with its spaces squashed: a text the dataset has is refused. */
  knownTexts: Record<string, string>
  articleIds: string[]
  dates: string[]
}

/** A text's key for "already in the dataset": the same words with any spacing give the same key. */
export const textKey = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex')

const ROOT = resolve(import.meta.dirname, '../..')
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'article-intake')
/** Where the context of a data folder is kept: a file per folder, named for its path, the path beside it. */
const cacheFile = (dataDir: string, ext: 'json' | 'dir' = 'json') =>
  join(CACHE_DIR, `${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.${ext}`)
// The build's code: a change to it may change what the same data compiles to.
const BUILD_CODE = ['scripts/dataset', 'src/domain', 'src/config'].map((dir) => join(ROOT, dir))

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(dir, f))

/** A hash of everything the context is compiled from: the data folder's files, the build's code and this file's. */
function sourceKey(dataDir: string): string {
  const rawDir = join(dataDir, 'sources', 'raw')
  const raw = readdirSync(rawDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(rawDir, f))
  const hash = createHash('sha256')
  for (const file of [
    join(dataDir, 'facts.yaml'),
    join(dataDir, 'claims.yaml'),
    join(dataDir, 'sources', 'articles.yaml'),
    ...raw,
    ...BUILD_CODE.flatMap(filesUnder),
    import.meta.filename, // this file, which says what the context keeps
  ])
    hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/**
 * The context a successful build gives: each fact with its quotes, the claims (their facts, and the words only of
 * those a disagreement's version cites: at 100× the others' words were most of the claims' 3.9 MB, read for every
 * proposal), the articles' ids and dates.
 */
function contextOf(built: Extract<BuildResult, { ok: true }>, sources: DatasetSources): IntakeContext {
  const claims = sources.claims as ClaimsFile
  const disagreements = claims.disagreements ?? []
  const inVersions = versionClaimIds(disagreements)
  const facts: QuotedFact[] = built.dataset.facts.map((f) => ({
    ...f,
    citations: built.evidence.citations[f.id] ?? [],
  }))
  return {
    companies: built.dataset.companies,
    facts,
    claims: claims.claims.map(({ id, article, facts, quotes }) => ({
      id,
      article,
      ...(facts ? { facts } : {}),
      ...(inVersions.has(id) ? { quotes } : {}),
    })),
    disagreements,
    knownTexts: Object.fromEntries(Object.entries(sources.rawTexts).map(([id, text]) => [textKey(text), id])),
    articleIds: built.dataset.articles.map((a) => a.id),
    dates: built.dataset.articles.map((a) => a.date.value),
  }
}

function cached(dataDir: string, key: string): IntakeContext | null {
  try {
    const stored = JSON.parse(readFileSync(cacheFile(dataDir), 'utf8')) as { key: string; context: IntakeContext }
    return stored.key === key ? stored.context : null
  } catch {
    return null
  }
}

// Written beside and renamed, so a reader (another test worker) never sees half a file.
function store(dataDir: string, key: string, context: IntakeContext): void {
  mkdirSync(CACHE_DIR, { recursive: true })
  const file = cacheFile(dataDir)
  writeFileSync(`${file}.${process.pid}`, JSON.stringify({ key, context }))
  renameSync(`${file}.${process.pid}`, file)
  writeFileSync(cacheFile(dataDir, 'dir'), resolve(dataDir))
  forgetRemovedFolders()
}

// Tests read articles against copies of data/ in temporary folders: their contexts go when the folders do.
function forgetRemovedFolders(): void {
  for (const name of readdirSync(CACHE_DIR).filter((f) => f.endsWith('.dir'))) {
    const dirFile = join(CACHE_DIR, name)
    let folder: string
    try {
      folder = readFileSync(dirFile, 'utf8')
    } catch {
      continue // another process forgot it meanwhile
    }
    if (existsSync(folder)) continue
    rmSync(dirFile, { force: true })
    rmSync(dirFile.replace(/\.dir$/, '.json'), { force: true })
  }
}

/**
 * Keeps the context of a data folder that has just built (`article:add --accept` calls it), so the next
 * article's proposals read it instead of building the dataset again.
 */
export function rememberContext(dataDir: string, built: BuildResult, sources: DatasetSources | null): void {
  if (built.ok && sources) store(dataDir, sourceKey(dataDir), contextOf(built, sources))
}

/**
 * The dataset a new article is read against, and whether it was built for this call. The build runs only when
 * the data folder (or the build's code) changed since its context was last kept; a folder that does not build
 * is refused.
 */
export function intakeContext(dataDir: string): { context: IntakeContext; built: boolean } {
  const key = sourceKey(dataDir)
  const known = cached(dataDir, key)
  if (known) return { context: known, built: false }
  const { sources, result } = readAndBuild(dataDir)
  if (!result.ok)
    throw new Refusal(`the dataset in ${dataDir} does not build now; fix it first.\n${formatErrors(result.errors)}`)
  // A folder that builds was read.
  const context = contextOf(result, sources!)
  store(dataDir, key, context)
  return { context, built: true }
}
