import type { Draft } from './draft.ts'

/** What a build message is about in a draft: the entry it names, and the sentence of the article that entry reads. */
export interface MessageSubject {
  id: string
  /** The sentence (by index in the article) of the draft's claim, fact or quote; null for the article itself. */
  sentence: number | null
}

// The build names the entry a message is about first: "facts.yaml › share-aws-2024-q1 › citations[0]: …",
// "claims.yaml › disagreements › aws-share-differs: …", "articles.yaml › 005_3f2a…: title not found …".
const ENTRY = /^(?:facts|claims|articles)\.yaml › (?:disagreements › |companies › )?([a-z0-9][a-z0-9_-]*)/
const ID_CHAR = /[a-z0-9_-]/

/** Whether `message` names `id` as a whole word: "share-aws-2023-q4" is not named by "share-aws-2023-q4-2". */
const names = (message: string, id: string) => {
  for (let at = message.indexOf(id); at !== -1; at = message.indexOf(id, at + 1)) {
    const before = message[at - 1] ?? ' '
    const after = message[at + id.length] ?? ' '
    if (!ID_CHAR.test(before) && !ID_CHAR.test(after)) return true
  }
  return false
}

/** Each id the draft writes or touches, with the sentence it reads: new facts, quoted facts, claims, disagreements. */
function sentencesById(draft: Draft): Map<string, number | null> {
  const byId = new Map<string, number | null>()
  const add = (id: string, sentence: number | null) => {
    if (!byId.has(id)) byId.set(id, sentence)
  }
  const claimSentence = (claimId: string) => draft.claims.find((c) => c.id === claimId)?.sentence ?? null
  for (const f of draft.facts) add(f.fact.id, f.review.sentence)
  for (const c of draft.citations) add(c.factId, c.review.sentence)
  for (const c of draft.claims) add(c.id, c.sentence)
  for (const j of draft.joins) add(j.disagreement, claimSentence(j.claim))
  for (const d of draft.disagreements)
    add(d.id, d.versions.flatMap((v) => v.claims.map(claimSentence)).find((s) => s !== null) ?? null)
  for (const c of draft.companies) add(c.id, null)
  add(draft.article.id, null)
  return byId
}

/**
 * The draft's entry a build message is about, and its sentence: the entry the message names first where the
 * draft has it, else any of the draft's ids it names; a sentence the message quotes whole where it names none.
 * Null when the message is about nothing the draft wrote.
 */
export function messageSubject(message: string, draft: Draft): MessageSubject | null {
  const byId = sentencesById(draft)
  const entry = ENTRY.exec(message)?.[1]
  const id = entry && byId.has(entry) ? entry : [...byId.keys()].find((i) => names(message, i))
  if (id && id !== draft.article.id) return { id, sentence: byId.get(id) ?? null }
  const quoted = draft.claims.find((c) => c.quotes.some((q) => message.includes(`"${q}"`)))
  if (quoted) return { id: quoted.id, sentence: quoted.sentence }
  return id ? { id, sentence: null } : null
}
