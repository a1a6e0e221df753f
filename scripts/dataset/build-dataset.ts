import { z } from 'zod'
import {
  ArticleMeta,
  ArticleTexts,
  Company,
  Dataset,
  Evidence,
  FactInput,
  type Citation,
  type QuotedFact,
} from '../../src/domain/schema.ts'
import { CITATION_ROLES } from '../../src/domain/citation-roles.ts'
import { citationRole, isDerivedValue } from '../../src/domain/kinds.ts'
import { formulaInputs } from '../../src/domain/formula.ts'
import { issuePath as pathOf } from '../../src/domain/issue-path.ts'
import { articleCredits, articleLabel, dateProblems } from './article-meta.ts'
import { ClaimsFile, checkInventory, type InventoryStats } from './claims.ts'
import { ArticleManifestEntry, cleanArticle } from './clean-article.ts'
import { derivedValueProblems } from './derived-values.ts'
import { articleNumberProblems, unmarkedYearProblems } from './reader-text.ts'
import { attributionProblems } from './attribution-checks.ts'
import { splitSentences, type Sentence } from './sentences.ts'
import {
  companyNames,
  connectiveProblem,
  leftOutLackProblems,
  leftOutReasonProblems,
  offTopicProblem,
  undatedProblem,
} from './statement-checks.ts'
import { claimWordProblems, hedgeProblems, statedClaimProblems, type QuotedCitation } from './wording-checks.ts'
import { describeExpected, findValueInQuote } from './value-in-quote.ts'

/** What the build reads: parsed YAML plus the raw article texts by id. */
export interface DatasetSources {
  manifest: unknown
  facts: unknown
  /** data/claims.yaml: the claim inventory. */
  claims: unknown
  rawTexts: Record<string, string>
}

export type BuildResult =
  | { ok: true; dataset: Dataset; evidence: Evidence; texts: ArticleTexts; inventory: InventoryStats }
  | { ok: false; errors: string[] }

const FactsFile = z.object({ companies: z.array(Company).min(1), facts: z.array(FactInput).min(1) })

/**
 * Zod issues as "file › id › path: message": the path is walked from the root
 * and the first object on it with an `id` (a fact, an article) is named.
 */
function schemaErrors(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    let node = input
    for (const [i, key] of issue.path.entries()) {
      node = (node as Record<PropertyKey, unknown> | undefined)?.[key]
      const id = (node as { id?: unknown } | undefined)?.id
      if (typeof id === 'string' && i < issue.path.length - 1) {
        return `${file} › ${id} › ${pathOf(issue.path.slice(i + 1))}: ${issue.message}`
      }
    }
    return `${file} › ${pathOf(issue.path)}: ${issue.message}`
  })
}

/**
 * In a YAML flow mapping ({ a: x, b: y }) an unquoted value with a comma is cut there, and the rest
 * becomes a key with no value, which the schema would silently drop. No key of ours has a space.
 */
function cutValues(file: string, node: unknown, at = file): string[] {
  if (Array.isArray(node)) return node.flatMap((item) => cutValues(file, item, at))
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const here = typeof record.id === 'string' ? `${file} › ${record.id}` : at
  return Object.entries(record).flatMap(([key, value]) =>
    value === null && /\s/.test(key)
      ? [`${here}: "${key}" reads as the rest of a value cut at a comma; put the whole value in quotes`]
      : cutValues(file, value, here),
  )
}

/** Derived facts that depend on themselves, directly or through other derived facts. */
function derivationCycles(facts: { id: string; inputs: string[] }[]): string[] {
  const inputsOf = new Map(facts.map((f) => [f.id, f.inputs]))
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    (inputsOf.get(from) ?? []).some(
      (id) => id === target || (!seen.has(id) && (seen.add(id), reaches(id, target, seen))),
    )
  return facts.filter((f) => reaches(f.id, f.id)).map((f) => f.id)
}

// Articles use no-break spaces where YAML shows a plain one; say so rather than just "not found".
function whitespaceHint(text: string, quote: string): string {
  const loose = (s: string) => s.replace(/\s+/g, ' ')
  return loose(text).includes(loose(quote))
    ? ' (it differs only in spaces: the article may use a no-break space, written "\\u00a0")'
    : ''
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id)
  return [...repeated]
}

// Value quotes first, then date, attribution and detail, so the first citation is always the value's.
const ROLE_ORDER = new Map(CITATION_ROLES.map((role, i) => [role, i]))
const byRole = (a: Citation, b: Citation) => ROLE_ORDER.get(citationRole(a))! - ROLE_ORDER.get(citationRole(b))!

/** The years a fact's period and event date name, when the fact says they are printed. */
function statedYears(fact: FactInput): [string, string][] {
  const years: [string, string][] = []
  if (fact.period.value && !fact.period.yearInferred) years.push(['period', fact.period.value.slice(0, 4)])
  const event = fact.layoff?.eventDate
  if (event && !event.yearInferred) years.push(['layoff.eventDate', event.value.slice(0, 4)])
  return years
}

/**
 * Validates articles and facts and assembles the dataset the app loads.
 * Every error names its file and fact, so a broken edit is found at once.
 */
/** Each fact's quotes by fact id; a fact with none (a derived value) has no entry. */
const quotesById = (facts: readonly QuotedFact[]) =>
  Object.fromEntries(facts.filter((f) => f.citations.length).map((f) => [f.id, f.citations]))

export function buildDataset(sources: DatasetSources): BuildResult {
  const manifest = z.array(ArticleManifestEntry).min(1).safeParse(sources.manifest)
  const factsFile = FactsFile.safeParse(sources.facts)
  const claimsFile = ClaimsFile.safeParse(sources.claims)
  const errors = [
    ...(manifest.success ? [] : schemaErrors('articles.yaml', manifest.error, sources.manifest)),
    ...(factsFile.success ? [] : schemaErrors('facts.yaml', factsFile.error, sources.facts)),
    ...(claimsFile.success ? [] : schemaErrors('claims.yaml', claimsFile.error, sources.claims)),
    ...cutValues('articles.yaml', sources.manifest),
    ...cutValues('facts.yaml', sources.facts),
    ...cutValues('claims.yaml', sources.claims),
  ]
  if (!manifest.success || !factsFile.success || !claimsFile.success || errors.length) return { ok: false, errors }
  errors.push(...articleNumberProblems(manifest.data, factsFile.data.facts, claimsFile.data))

  const articles = manifest.data.map((entry) => {
    // The dataset's own fields only: parsing drops what the manifest keeps for the build (evidence, chrome).
    const { date, ...meta } = ArticleMeta.parse(entry)
    const { removeLines, removeFrom } = entry
    const raw = sources.rawTexts[meta.id]
    if (raw === undefined) {
      errors.push(`articles.yaml › ${meta.id}: no raw text (expected raw/${meta.id}.txt)`)
      return { ...meta, date, text: '' }
    }
    const { text, problems } = cleanArticle(raw, { removeLines, removeFrom })
    if (!text) {
      errors.push(`articles.yaml › ${meta.id}: no text is left once the page chrome is dropped`)
      return { ...meta, date, text }
    }
    const { label, problems: labelProblems } = articleLabel(entry, text)
    const { credits, problems: creditProblems } = articleCredits(entry, raw, text)
    for (const p of [...problems, ...labelProblems, ...creditProblems, ...dateProblems(entry, raw)])
      errors.push(`articles.yaml › ${meta.id}: ${p}`)
    if (meta.title && !text.includes(meta.title))
      errors.push(`articles.yaml › ${meta.id}: title not found in the article`)
    return { ...meta, date, text, label, credits }
  })
  const articleText = new Map(articles.map((a) => [a.id, a.text]))
  const printedYear = (year: string) => articles.some((a) => a.text.includes(year))
  errors.push(...unmarkedYearProblems(manifest.data, factsFile.data.facts, claimsFile.data, printedYear))
  const sentencesIn = new Map(articles.map((a) => [a.id, splitSentences(a.text)]))
  /** The sentences of its article a quote sits in, for the checks that read a quote's whole sentence. */
  const sentencesOf = (article: string, quote: string): string[] => {
    const start = articleText.get(article)?.indexOf(quote) ?? -1
    if (start === -1) return []
    const end = start + quote.length
    return (sentencesIn.get(article) ?? []).filter((s: Sentence) => s.start < end && start < s.end).map((s) => s.text)
  }
  const { companies, facts: inputs } = factsFile.data
  const companyIds = new Set(companies.map((c) => c.id))
  const factsById = new Map(inputs.map((f) => [f.id, f]))

  for (const id of duplicates(articles.map((a) => a.id))) errors.push(`articles.yaml › ${id}: duplicate article id`)
  for (const id of duplicates(companies.map((c) => c.id)))
    errors.push(`facts.yaml › companies › ${id}: duplicate company id`)
  for (const id of duplicates(inputs.map((f) => f.id))) errors.push(`facts.yaml › ${id}: duplicate fact id`)

  const facts: QuotedFact[] = inputs.map((fact) => {
    const at = `facts.yaml › ${fact.id}`
    if (!companyIds.has(fact.company)) errors.push(`${at} › company: unknown company "${fact.company}"`)

    const derived = isDerivedValue(fact.value)
    const citations = fact.citations.flatMap((citation, i): Citation[] => {
      const where = `${at} › citations[${i}]`
      const role = citationRole(citation)
      const text = articleText.get(citation.article)
      if (text === undefined) {
        errors.push(`${where}: unknown article "${citation.article}"`)
        return []
      }
      const start = text.indexOf(citation.quote)
      if (start === -1) {
        errors.push(
          `${where}: quote not found verbatim in article ${citation.article}${whitespaceHint(text, citation.quote)}: "${citation.quote}"`,
        )
        return []
      }
      let span: { start: number; end: number } | null = null
      if (role === 'value') {
        if (derived)
          errors.push(`${where}: a derived value is computed, not quoted; give this quote a role other than value`)
        if (citation.mark) errors.push(`${where}: a value quote is marked where it states the value; drop "mark"`)
        const found = findValueInQuote(citation.quote, fact.value)
        if (found === null)
          errors.push(
            `${where}: quote does not state the value (expected ${describeExpected(fact.value)}): "${citation.quote}"`,
          )
        span = found === 'not-applicable' ? null : found
        const connective = span && connectiveProblem(citation.quote, span)
        if (connective) errors.push(`${where}: ${connective}`)
      } else if (citation.mark) {
        const at_ = citation.quote.indexOf(citation.mark)
        if (at_ === -1) errors.push(`${where}: mark "${citation.mark}" is not in the quote`)
        else span = { start: at_, end: at_ + citation.mark.length }
      }
      const offTopic = offTopicProblem(fact, citation, companies)
      if (offTopic) errors.push(`${where}: ${offTopic}`)
      const highlight = span ? { start: start + span.start, end: start + span.end } : null
      return [{ ...citation, role, start, end: start + citation.quote.length, highlight }]
    })

    const quoted: QuotedCitation[] = fact.citations.map((c) => ({ ...c, sentences: sentencesOf(c.article, c.quote) }))
    const names = companyNames(fact.company, companies)
    for (const p of [
      ...hedgeProblems(fact, quoted, names),
      ...attributionProblems(fact, quoted, names),
      ...claimWordProblems(fact),
      ...statedClaimProblems(fact),
    ])
      errors.push(`${at} › ${p}`)

    const undated = undatedProblem(fact)
    if (undated) errors.push(`${at} › period: ${undated}`)
    for (const id of fact.layoff?.mayInclude ?? [])
      if (id === fact.id || factsById.get(id)?.metric !== 'layoffs')
        errors.push(`${at} › layoff.mayInclude: "${id}" is not another layoff fact`)

    if (!derived && !fact.citations.some((c) => citationRole(c) === 'value'))
      errors.push(`${at}: a ${fact.value.kind} value needs at least one citation that states it (role value)`)

    // No article prints 2023 or 2024: a year counts as printed only if a cited article's text has it.
    for (const [field, year] of derived ? [] : statedYears(fact)) {
      const printed = citations.some((c) => articleText.get(c.article)?.includes(year))
      if (!printed)
        errors.push(
          `${at} › ${field}: no article it cites prints the year ${year}; set ${field}.yearInferred: true (the dashboard marks it)`,
        )
    }

    let inputIds: string[] = []
    if (isDerivedValue(fact.value)) {
      const { formula } = fact.value
      if (fact.value.kind === 'derived-range' && fact.value.min > fact.value.max)
        errors.push(`${at} › value: min ${fact.value.min} is above max ${fact.value.max}`)
      try {
        inputIds = formulaInputs(formula)
        for (const id of inputIds.filter((id) => !factsById.has(id)))
          errors.push(`${at} › formula: unknown fact {${id}}`)
        for (const p of derivedValueProblems(fact.value, (id) => factsById.get(id)?.value))
          errors.push(`${at} › formula: ${p}`)
      } catch (e) {
        errors.push(`${at} › formula: ${(e as Error).message}`)
      }
      // A value computed from an inferred year is no surer of its year than its inputs.
      const inferredInput = inputIds.find((id) => factsById.get(id)?.period.yearInferred)
      if (inferredInput && fact.period.value && !fact.period.yearInferred)
        errors.push(`${at} › period: its input ${inferredInput} has an inferred year; set period.yearInferred: true`)
    }
    return { ...fact, inputs: inputIds, citations: citations.sort(byRole) }
  })

  for (const id of derivationCycles(facts))
    errors.push(`facts.yaml › ${id} › formula: depends on itself through its inputs`)
  const inventory = checkInventory(claimsFile.data, articleText, facts)
  errors.push(...inventory.errors)
  const names = articles.map((a) => ({
    id: a.id,
    names: [a.publisher, a.title, 'label' in a ? a.label.text : null].filter((n): n is string => Boolean(n)),
  }))
  errors.push(...leftOutReasonProblems(claimsFile.data.claims, names))
  errors.push(...leftOutLackProblems(claimsFile.data.claims))
  const listed = new Set(articles.map((a) => a.id))
  for (const id of Object.keys(sources.rawTexts).filter((id) => !listed.has(id)))
    errors.push(`raw/${id}.txt: no entry in articles.yaml, so its text would never be checked or shown`)
  if (errors.length) return { ok: false, errors }

  const assembled = { schemaVersion: 1, companies, articles, facts }
  const dataset = Dataset.safeParse(assembled)
  if (!dataset.success) return { ok: false, errors: schemaErrors('dataset.json', dataset.error, assembled) }
  // The schema leaves the quotes and the texts out of the dataset (it keeps only known keys, and names
  // only each quote's article and role): they go in files of their own, read when the evidence is.
  const quotes = { schemaVersion: 1, citations: quotesById(facts), disagreements: inventory.disagreements }
  const evidence = Evidence.safeParse(quotes)
  if (!evidence.success) return { ok: false, errors: schemaErrors('evidence.json', evidence.error, quotes) }
  const texts = ArticleTexts.parse({ schemaVersion: 1, articles: articles.map(({ id, text }) => ({ id, text })) })
  return { ok: true, dataset: dataset.data, evidence: evidence.data, texts, inventory: inventory.stats }
}
