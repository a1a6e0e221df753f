import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml'
import { readAndBuild } from '../dataset/load-sources.ts'
import type { Draft } from './draft.ts'
import { rememberContext } from './intake-context.ts'

/** The data folder's files the intake writes: these and the new raw text, nothing else. */
const FILES = { facts: 'facts.yaml', claims: 'claims.yaml', articles: join('sources', 'articles.yaml') } as const
type FileKey = keyof typeof FILES

export type ApplyResult = { ok: true; written: string[] } | { ok: false; errors: string[] }

// The data files write small maps and lists of names on one line ({ value: 2023-Q4 }, [layoffs-2024-04]).
const FLOW_MAPS = new Set(['period', 'value', 'range', 'eventDate'])
const FLOW_LISTS = new Set(['facts', 'claims', 'words', 'units', 'roles', 'mayInclude'])

/** A new entry as the data files write one by hand, indented to sit at `column`. */
function render(value: unknown, column: number): string {
  const doc = new Document([value])
  const style = (node: unknown, key?: string) => {
    if (isMap(node)) {
      if (key && FLOW_MAPS.has(key)) node.flow = true
      for (const pair of node.items) style(pair.value, String(isScalar(pair.key) ? pair.key.value : pair.key))
    } else if (isSeq(node)) {
      if (key && FLOW_LISTS.has(key) && node.items.every(isScalar)) node.flow = true
      for (const item of node.items) style(item)
    }
  }
  style(doc.contents)
  // Maps are padded ({ value: … }), lists of names are not ([a, b]), as the files are written.
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true })
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => ' '.repeat(column) + line.replace(/: \[ (.*) \]$/, ': [$1]'))
    .join('\n')
}

interface Insertion {
  at: number
  text: string
}

/** Appends items to a list of the source, leaving every other byte of it as it was. */
function append(src: string, list: YAMLSeq, items: unknown[], into: Insertion[]) {
  if (!items.length) return
  const [, valueEnd] = list.range!
  if (list.flow) {
    const close = src.lastIndexOf(']', valueEnd)
    const rendered = items.map((item) => String(item)).join(', ')
    into.push({ at: close, text: list.items.length ? `, ${rendered}` : rendered })
    return
  }
  const first = list.items[0] as { range?: [number, number, number] } | undefined
  const lineStart = first?.range ? src.lastIndexOf('\n', first.range[0]) + 1 : valueEnd
  const column = first?.range ? first.range[0] - lineStart - 2 : 0
  const at = valueEnd
  const lead = src[at - 1] === '\n' ? '' : '\n'
  into.push({ at, text: `${lead}${items.map((item) => render(item, column)).join('\n')}\n` })
}

const seqAt = (node: unknown, what: string): YAMLSeq => {
  if (!isSeq(node)) throw new Error(`${what} is not a list`)
  return node
}
const byId = (list: YAMLSeq, id: string) =>
  list.items.find((item) => isMap(item) && item.get('id') === id) as YAMLMap | undefined

/** Where each file of the draft's writing goes: appended entries, quotes added to facts, claims joining versions. */
function insertions(draft: Draft, src: Record<FileKey, string>): Record<FileKey, Insertion[]> {
  const docs = Object.fromEntries(Object.entries(src).map(([k, text]) => [k, parseDocument(text)])) as Record<
    FileKey,
    Document
  >
  const out: Record<FileKey, Insertion[]> = { facts: [], claims: [], articles: [] }
  append(src.articles, seqAt(docs.articles.contents, 'articles.yaml'), [draft.article], out.articles)

  append(src.facts, seqAt(docs.facts.get('companies'), 'facts.yaml › companies'), draft.companies, out.facts)
  const facts = seqAt(docs.facts.get('facts'), 'facts.yaml › facts')
  append(
    src.facts,
    facts,
    draft.facts.map((f) => f.fact),
    out.facts,
  )
  const byFact = new Map<string, Draft['citations']>()
  for (const c of draft.citations) byFact.set(c.factId, [...(byFact.get(c.factId) ?? []), c])
  for (const [factId, quotes] of byFact) {
    const fact = byId(facts, factId)
    if (!fact) throw new Error(`facts.yaml › ${factId}: no such fact to add a quote to`)
    append(
      src.facts,
      seqAt(fact.get('citations'), `facts.yaml › ${factId} › citations`),
      quotes.map((q) => q.citation),
      out.facts,
    )
  }

  const claims = seqAt(docs.claims.get('claims'), 'claims.yaml › claims')
  append(
    src.claims,
    claims,
    draft.claims.map(({ id, quotes, facts: carried, leftOut }) => ({
      id,
      article: draft.article.id,
      quotes,
      ...(carried ? { facts: carried } : { leftOut }),
    })),
    out.claims,
  )
  const disagreements = seqAt(docs.claims.get('disagreements'), 'claims.yaml › disagreements')
  for (const join of draft.joins) {
    const versions = byId(disagreements, join.disagreement)?.get('versions')
    const version = isSeq(versions)
      ? (versions.items.find((v) => isMap(v) && v.get('says') === join.says) as YAMLMap | undefined)
      : undefined
    if (!version) throw new Error(`claims.yaml › ${join.disagreement}: no version that says "${join.says}"`)
    append(
      src.claims,
      seqAt(version.get('claims'), `claims.yaml › ${join.disagreement} › claims`),
      [join.claim],
      out.claims,
    )
  }
  append(src.claims, disagreements, draft.disagreements, out.claims)
  return out
}

/** The source with its insertions made, last first so the earlier offsets hold. */
const spliced = (src: string, list: Insertion[]) =>
  [...list]
    .sort((a, b) => b.at - a.at)
    .reduce((text, { at, text: add }) => text.slice(0, at) + add + text.slice(at), src)

/**
 * Writes a draft into a data folder and builds the dataset: the raw text as it came, and each YAML file with
 * the new entries appended where they belong and every existing byte (comments, order, escapes) kept. A draft
 * the build refuses leaves the folder as it was and returns the build's messages; one it accepts stays.
 */
export function applyDraft(draft: Draft, dataDir: string): ApplyResult {
  const paths = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, join(dataDir, f)])) as Record<
    FileKey,
    string
  >
  const before = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readFileSync(p, 'utf8')])) as Record<
    FileKey,
    string
  >
  const rawPath = join(dataDir, 'sources', 'raw', draft.raw.file)
  if (existsSync(rawPath)) return { ok: false, errors: [`sources/raw/${draft.raw.file} exists already`] }
  const restore = () => {
    for (const [k, p] of Object.entries(paths)) writeFileSync(p, before[k as FileKey])
    rmSync(rawPath, { force: true })
  }
  try {
    const edits = insertions(draft, before)
    writeFileSync(rawPath, draft.raw.text)
    for (const [k, p] of Object.entries(paths)) writeFileSync(p, spliced(before[k as FileKey], edits[k as FileKey]))
  } catch (e) {
    restore()
    return { ok: false, errors: [(e as Error).message] }
  }
  const { sources, result: built } = readAndBuild(dataDir)
  if (!built.ok) {
    restore()
    return { ok: false, errors: built.errors }
  }
  // The next article is read against this dataset: keep what the intake needs of it now it is built.
  rememberContext(dataDir, built, sources)
  return { ok: true, written: [rawPath, ...Object.values(paths)] }
}
