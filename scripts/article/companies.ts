import { COMPANY_ALIASES } from '../../src/config/company-aliases.ts'
import type { Quantity } from './quantities.ts'

/** A company the dataset knows, with the names the intake looks for. */
export interface KnownCompany {
  id: string
  name: string
}

/** Where a sentence names a company: a known one, or a new name the reviewer may add. */
export interface CompanyMention {
  id: string
  name: string
  start: number
  end: number
  /** "Amazon’s market share": the figure after it is the company's own. */
  possessive: boolean
  isNew: boolean
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

// Capitalised words that name no company: sentence openers, months, days, titles, people by their role ("Analysts
// at Gartner"), places of no interest.
const NOT_COMPANIES =
  /^(The|A|An|This|That|These|Both|In|On|At|It|Its|Despite|However|According|Per|While|When|After|Before|Where|News|Wednesday|Tuesday|Monday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|CEO|Photo|AI|US|United States|India|Seattle|Q[1-4]|Analysts?|Experts?|Researchers?|Executives?|Employees?|Workers?|Staff|Officials?|Sources?|People|Investors?|Customers?|Engineers?|Spokesperson|Spokeswoman|Spokesman)$/

/** Every company a sentence names: known ones by name or alias, longest first; `newNames` adds candidates. */
export function findCompanies(sentence: string, known: readonly KnownCompany[], newNames = false): CompanyMention[] {
  const names = known.flatMap((c) =>
    [c.name, ...((COMPANY_ALIASES as Record<string, readonly string[]>)[c.id] ?? [])].map((name) => ({
      id: c.id,
      name,
    })),
  )
  names.sort((a, b) => b.name.length - a.name.length)
  const found: CompanyMention[] = []
  const free = (s: number, e: number) => found.every((m) => e <= m.start || s >= m.end)
  for (const { id, name } of names) {
    const flags = /[A-Z]/.test(name) ? 'g' : 'gi'
    for (const m of sentence.matchAll(new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`, flags))) {
      const end = m.index + m[0].length
      if (!free(m.index, end)) continue
      found.push({
        id,
        name: m[0],
        start: m.index,
        end,
        possessive: /^[’']s?\b/.test(sentence.slice(end)),
        isNew: false,
      })
    }
  }
  if (newNames) {
    for (const m of sentence.matchAll(
      /(?<![\w-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*(?=[’']s\b|\s+(?:held|had|took|with|at|was|rose|fell|grew|gained))/g,
    )) {
      const end = m.index + m[0].length
      if (!free(m.index, end) || NOT_COMPANIES.test(m[0])) continue
      found.push({
        id: slug(m[0]),
        name: m[0],
        start: m.index,
        end,
        possessive: /^[’']s\b/.test(sentence.slice(end)),
        isNew: true,
      })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Whose figure a quantity is, as the sentence writes it: the i-th of companies listed "respectively"; the
 * company a count of jobs is cut "from" or "at" (one company, not a list of units); the company named nearest before it in its clause
 * ("Amazon’s larger reduction of 27,000 jobs"); for "its …" with the sentence's subject unnamed ("It has …
 * its $4 billion investment") the company in context; else the company in context (the sentence before).
 */
export function companyOf(
  sentence: string,
  q: Quantity,
  all: readonly Quantity[],
  mentions: readonly CompanyMention[],
  context: string | null,
  metric: string,
): string | null {
  if (/\brespectively\b/i.test(sentence)) {
    const listed = mentions.filter((m) => m.end <= all[0].start)
    const same = all.filter((x) => x.unit === q.unit)
    if (listed.length === same.length) return listed[same.indexOf(q)].id
  }
  const after = sentence.slice(q.end)
  const from = metric === 'layoffs' && after.match(/^[^,;.]{0,60}?\b(?:from|at|in) (?:its )?([^,;.]+?)(?:[,;.]|$)/)
  if (from) {
    const named = mentions.filter((m) => m.start >= q.end && m.start <= q.end + (from.index ?? 0) + from[0].length)
    const listAfter = /^\s*,\s*(?:its\s+)?[\w-]+/.test(sentence.slice(named[0]?.end ?? 0)) && /\band\b/.test(after)
    if (named.length === 1 && !listAfter) return named[0].id
  }
  const before = mentions.filter((m) => m.end <= q.start)
  const nearest = before[before.length - 1]
  const startsWithPronoun = /^(It|They|Its|Their)\b/.test(sentence)
  const its = /\b(its|their)\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(0, q.start))
  if (its && startsWithPronoun && context) return context
  if (nearest) return nearest.id
  return context
}

/** The company a sentence is about, for the sentences after it: its first named company. */
export const subjectOf = (mentions: readonly CompanyMention[]): string | null =>
  mentions.find((m) => !m.isNew)?.id ?? null
