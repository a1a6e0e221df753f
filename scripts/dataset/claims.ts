import { z } from 'zod'
import type { Disagreement, QuotedFact } from '../../src/domain/schema.ts'
import { splitSentences } from './sentences.ts'
import { findClaimWords, termsOf, usesPhrase } from '../../src/domain/claim-vocabulary.ts'

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" or "_"')

/** One claim of an article: its quotes, and the facts that carry it or why it is left out. */
const Claim = z.object({
  id: Id,
  article: Id,
  quotes: z.array(z.string().min(8)).min(1),
  facts: z.array(Id).min(1).optional(),
  leftOut: z.string().min(1).optional(),
  /** Parts of a carried sentence no fact carries (a clause, an aside), each verbatim with why it is left out. */
  partsLeftOut: z.array(z.object({ words: z.string().min(3), why: z.string().min(1) })).optional(),
})

const DisagreementInput = z.object({
  id: Id,
  about: z.string().min(1),
  facts: z.array(Id).min(1),
  versions: z.array(z.object({ says: z.string().min(1), claims: z.array(Id).min(1) })).min(2),
})

/** data/claims.yaml: every sentence of the articles accounted for, and the claims that disagree. */
export const ClaimsFile = z.object({
  claims: z.array(Claim).min(1),
  disagreements: z.array(DisagreementInput).default([]),
})
export type ClaimsFile = z.infer<typeof ClaimsFile>

export interface InventoryStats {
  sentences: number
  claims: number
  carried: number
  leftOut: number
}

interface Span {
  start: number
  end: number
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Every place a quote occurs: a sentence said twice in one article is accounted for twice. */
function occurrences(text: string, quote: string): Span[] {
  const found: Span[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length })
  return found
}

/**
 * Checks the claim inventory against the articles and the facts, and writes its disagreements:
 * - every quote is verbatim, and every claim has facts that carry it or a reason it is left out;
 * - a fact a claim names really quotes it (or shows it in a disagreement), and every quote a fact
 *   cites belongs to a claim that names the fact, so inventory and facts cannot drift apart;
 * - every sentence of every article is in some claim.
 */
export function checkInventory(
  inventory: ClaimsFile,
  articleText: ReadonlyMap<string, string>,
  facts: readonly QuotedFact[],
): { disagreements: Disagreement[]; stats: InventoryStats; errors: string[] } {
  const errors: string[] = []
  const factIds = new Set(facts.map((f) => f.id))
  const claimById = new Map(inventory.claims.map((c) => [c.id, c]))
  const seen = new Set<string>()
  for (const c of inventory.claims) {
    if (seen.has(c.id)) errors.push(`claims.yaml › ${c.id}: duplicate claim id`)
    seen.add(c.id)
  }

  // Where each claim's quotes sit in its article.
  const spans = new Map<string, Span[]>()
  for (const claim of inventory.claims) {
    const at = `claims.yaml › ${claim.id}`
    const text = articleText.get(claim.article)
    if (text === undefined) {
      errors.push(`${at}: unknown article "${claim.article}"`)
      continue
    }
    const found = claim.quotes.flatMap((quote, i) => {
      const places = occurrences(text, quote)
      if (!places.length)
        errors.push(`${at} › quotes[${i}]: not found verbatim in article ${claim.article}: "${quote}"`)
      return places
    })
    spans.set(claim.id, found)
    if (!claim.facts && !claim.leftOut)
      errors.push(`${at}: needs either facts (the facts that carry it) or leftOut (why it is left out)`)
    if (claim.facts && claim.leftOut) errors.push(`${at}: has both facts and leftOut; keep the one that is true`)
    for (const id of claim.facts ?? []) if (!factIds.has(id)) errors.push(`${at} › facts: unknown fact "${id}"`)
  }

  // Disagreements: versions of claims the inventory carries, shown with facts that exist.
  const shownWith = new Map<string, Set<string>>()
  const disagreements: Disagreement[] = inventory.disagreements.map((d) => {
    const at = `claims.yaml › disagreements › ${d.id}`
    for (const id of d.facts) if (!factIds.has(id)) errors.push(`${at} › facts: unknown fact "${id}"`)
    const used = new Set<string>()
    const versions = d.versions.map((v) => ({
      says: v.says,
      quotes: v.claims.flatMap((id) => {
        const claim = claimById.get(id)
        if (!claim) {
          errors.push(`${at}: unknown claim "${id}"`)
          return []
        }
        if (used.has(id)) errors.push(`${at}: claim "${id}" is in more than one version`)
        used.add(id)
        if (claim.leftOut) errors.push(`${at}: claim "${id}" is left out, so it cannot be a version`)
        // Its facts' evidence is where a reader meets the disagreement: it must list at least one of them.
        if (claim.facts && !claim.facts.some((f) => d.facts.includes(f)))
          errors.push(
            `${at}: claim "${id}" carries ${claim.facts.join(', ')}, none of which the disagreement lists; add the fact it differs on to its facts, so that fact's evidence shows it`,
          )
        for (const fact of d.facts) shownWith.set(id, (shownWith.get(id) ?? new Set()).add(fact))
        const text = articleText.get(claim.article) ?? ''
        return claim.quotes.flatMap((quote) => {
          const start = text.indexOf(quote)
          return start === -1 ? [] : [{ article: claim.article, quote, start, end: start + quote.length }]
        })
      }),
    }))
    errors.push(...unquotedClaimWords(at, d, versions))
    return { id: d.id, about: d.about, facts: d.facts, versions }
  })

  // Claims and facts agree both ways. Claims are looked up by article: at 100× there are thousands.
  const claimsIn = new Map<string, ClaimsFile['claims']>()
  for (const c of inventory.claims) claimsIn.set(c.article, [...(claimsIn.get(c.article) ?? []), c])
  const factById = new Map(facts.map((f) => [f.id, f]))
  for (const claim of inventory.claims) {
    const mine = spans.get(claim.id) ?? []
    for (const id of claim.facts ?? []) {
      const fact = factById.get(id)
      if (!fact || shownWith.get(claim.id)?.has(id)) continue
      const quoted = fact.citations.some((c) => c.article === claim.article && mine.some((s) => overlaps(s, c)))
      if (!quoted)
        errors.push(
          `claims.yaml › ${claim.id} › facts: ${id} does not quote this claim (cite it in facts.yaml, or show it in a disagreement with ${id})`,
        )
    }
  }
  for (const fact of facts) {
    fact.citations.forEach((c, i) => {
      const carried = (claimsIn.get(c.article) ?? []).some(
        (claim) => claim.facts?.includes(fact.id) && (spans.get(claim.id) ?? []).some((s) => overlaps(s, c)),
      )
      if (!carried)
        errors.push(
          `facts.yaml › ${fact.id} › citations[${i}]: no claim in claims.yaml carries this quote for ${fact.id}`,
        )
    })
  }

  errors.push(...uncarriedParts(inventory, articleText, factById))

  // Every sentence accounted for.
  let sentences = 0
  for (const [article, text] of articleText) {
    const covered = (claimsIn.get(article) ?? []).flatMap((c) => spans.get(c.id) ?? [])
    for (const sentence of splitSentences(text)) {
      sentences++
      if (!covered.some((s) => overlaps(s, sentence)))
        errors.push(`claims.yaml › ${article}: sentence not in the inventory: "${sentence.text}"`)
    }
  }

  const carried = inventory.claims.filter((c) => c.facts).length
  return {
    disagreements,
    stats: { sentences, claims: inventory.claims.length, carried, leftOut: inventory.claims.length - carried },
    errors,
  }
}

/** The stretches of `span` that none of `covered` reaches. */
function gaps(span: Span, covered: readonly Span[]): Span[] {
  const found: Span[] = []
  let at = span.start
  for (const c of covered.toSorted((a, b) => a.start - b.start)) {
    if (c.start > at) found.push({ start: at, end: Math.min(c.start, span.end) })
    at = Math.max(at, c.end)
    if (at >= span.end) break
  }
  if (at < span.end) found.push({ start: at, end: span.end })
  return found
}

/**
 * Every part of a carried sentence is carried by a quote of a fact its claim names, or left out with
 * a reason: "contributing significantly to Amazon’s overall business growth" may not fall away unsaid.
 * A claim that is a version of a disagreement is carried whole: the evidence shows its every word.
 * A part carries something when it has a term (a word other than "the", "and", "of" …).
 */
function uncarriedParts(
  inventory: ClaimsFile,
  articleText: ReadonlyMap<string, string>,
  factById: ReadonlyMap<string, QuotedFact>,
): string[] {
  const errors: string[] = []
  // A version of a disagreement is shown whole, under what it differs on.
  const versions = new Set(inventory.disagreements.flatMap((d) => d.versions.flatMap((v) => v.claims)))
  for (const claim of inventory.claims) {
    const text = articleText.get(claim.article)
    if (!claim.facts || versions.has(claim.id) || text === undefined) continue
    const at = `claims.yaml › ${claim.id}`
    const cited = claim.facts.flatMap((id) =>
      (factById.get(id)?.citations ?? []).filter((c) => c.article === claim.article),
    )
    const quoted = claim.quotes.flatMap((quote) => occurrences(text, quote).map((span) => ({ quote, span })))
    const leftOut = (claim.partsLeftOut ?? []).flatMap((part, i) => {
      const places = quoted.flatMap(({ quote, span }) => {
        const offset = quote.indexOf(part.words)
        return offset === -1 ? [] : [{ start: span.start + offset, end: span.start + offset + part.words.length }]
      })
      if (!places.length) errors.push(`${at} › partsLeftOut[${i}]: “${part.words}” is not in the claim's quotes`)
      return places
    })
    for (const { quote, span } of quoted) {
      for (const gap of gaps(span, [...cited, ...leftOut])) {
        const words = quote.slice(gap.start - span.start, gap.end - span.start).trim()
        if (termsOf(words).length)
          errors.push(
            `${at} › partsLeftOut: “${words}” is carried by no fact the claim names; cite it with the fact it belongs to, or list it in partsLeftOut with why`,
          )
      }
    }
  }
  return errors
}

/**
 * A cause, certainty or measure word in what a disagreement is about, or in how a version puts it, must
 * be one its claims' quotes use: "Who announced the cuts" stands on an article that says "has announced".
 */
function unquotedClaimWords(
  at: string,
  disagreement: ClaimsFile['disagreements'][number],
  versions: { says: string; quotes: { quote: string }[] }[],
): string[] {
  const unquoted = (where: string, text: string, quotes: readonly { quote: string }[]) =>
    findClaimWords(text)
      .filter((w) => !quotes.some((q) => usesPhrase(q.quote, w.text)))
      .map((w) => `${at} › ${where}: says “${w.text}” (a ${w.entry.kind} word), which none of its claims' quotes uses`)
  return [
    ...unquoted(
      'about',
      disagreement.about,
      versions.flatMap((v) => v.quotes),
    ),
    ...versions.flatMap((v, i) => unquoted(`versions[${i}].says`, v.says, v.quotes)),
  ]
}
