import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml'
import { buildFromDir } from '../dataset/load-sources.ts'
import type { Draft } from './draft.ts'

/** The data folder's files the intake writes: these and the new raw text, nothing else. */
const FILES = { facts: 'facts.yaml', claims: 'claims.yaml', articles: join('sources', 'articles.yaml') } as const

export type ApplyResult = { ok: true; written: string[] } | { ok: false; errors: string[] }

// The data files write their small maps on one line ({ value: 2023-Q4, yearInferred: true }): new entries do too.
const FLOW_KEYS = new Set(['period', 'value', 'range', 'eventDate'])

function node(doc: Document, value: unknown) {
  const created = doc.createNode(value) as YAMLMap
  const flow = (map: unknown) => {
    if (!isMap(map)) return
    for (const pair of map.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key)
      if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value))) (pair.value as YAMLMap).flow = true
      else if (isMap(pair.value)) flow(pair.value)
      else if (isSeq(pair.value)) for (const item of (pair.value as YAMLSeq).items) flow(item)
    }
  }
  flow(created)
  return created
}

const seq = (doc: Document, path: string | null) => {
  const found = path === null ? doc.contents : doc.get(path)
  if (!isSeq(found)) throw new Error(`${path ?? 'the file'} is not a list`)
  return found
}
const byId = (list: YAMLSeq, id: string) => list.items.find((item) => isMap(item) && item.get('id') === id) as YAMLMap | undefined

/** The draft written into the data documents, keeping their comments and order: entries are appended. */
function applyToDocuments(draft: Draft, docs: Record<keyof typeof FILES, Document>) {
  const { facts, claims, articles } = docs
  seq(articles, null).add(node(articles, draft.article))
  for (const company of draft.companies) seq(facts, 'companies').add(node(facts, company))
  const factList = seq(facts, 'facts')
  for (const { fact } of draft.facts) factList.add(node(facts, fact))
  for (const { factId, citation } of draft.citations) {
    const target = byId(factList, factId)
    if (!target) throw new Error(`facts.yaml › ${factId}: no such fact to add a quote to`)
    ;(target.get('citations') as YAMLSeq).add(node(facts, citation))
  }
  const claimList = seq(claims, 'claims')
  for (const claim of draft.claims) {
    const { id, quotes, facts: carried, leftOut } = claim
    claimList.add(node(claims, { id, article: draft.article.id, quotes, ...(carried ? { facts: carried } : { leftOut }) }))
  }
  const disagreements = seq(claims, 'disagreements')
  for (const join of draft.joins) {
    const target = byId(disagreements, join.disagreement)
    const version = (target?.get('versions') as YAMLSeq | undefined)?.items.find((v) => isMap(v) && v.get('says') === join.says) as YAMLMap | undefined
    if (!version) throw new Error(`claims.yaml › ${join.disagreement}: no version that says "${join.says}"`)
    ;(version.get('claims') as YAMLSeq).add(join.claim)
  }
  for (const d of draft.disagreements) disagreements.add(node(claims, d))
}

/**
 * Writes a draft into a data folder (the raw text, then the YAML files, formatted as the project formats
 * them) and builds the dataset. A draft the build refuses leaves the folder as it was and returns the build's
 * messages; one it accepts stays.
 */
export async function applyDraft(draft: Draft, dataDir: string): Promise<ApplyResult> {
  const paths = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, join(dataDir, f)])) as Record<keyof typeof FILES, string>
  const before = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readFileSync(p, 'utf8')])) as Record<keyof typeof FILES, string>
  const rawPath = join(dataDir, 'sources', 'raw', draft.raw.file)
  if (existsSync(rawPath)) return { ok: false, errors: [`sources/raw/${draft.raw.file} exists already`] }
  const docs = Object.fromEntries(Object.entries(before).map(([k, text]) => [k, parseDocument(text)])) as Record<keyof typeof FILES, Document>
  const restore = () => {
    for (const [k, p] of Object.entries(paths)) writeFileSync(p, before[k as keyof typeof FILES])
    rmSync(rawPath, { force: true })
  }
  try {
    applyToDocuments(draft, docs)
    writeFileSync(rawPath, draft.raw.text)
    for (const [k, p] of Object.entries(paths)) {
      const text = docs[k as keyof typeof FILES].toString({ lineWidth: 0, flowCollectionPadding: false })
      // The project's formatting, without its plugins (Tailwind's has nothing to say about YAML).
      const options = { ...(await resolveConfig(p)), plugins: [], filepath: p }
      writeFileSync(p, await format(text, options))
    }
  } catch (e) {
    restore()
    return { ok: false, errors: [(e as Error).message] }
  }
  const built = buildFromDir(dataDir)
  if (!built.ok) {
    restore()
    return { ok: false, errors: built.errors }
  }
  return { ok: true, written: [rawPath, ...Object.values(paths)] }
}
