import { z } from 'zod'
import { Company, Dataset, FactInput, type Citation, type Fact } from '../../src/features/dataset/schema.ts'
import { evaluateFormula, formulaInputs } from '../../src/features/dataset/formula.ts'
import { issuePath as pathOf } from '../../src/features/dataset/issue-path.ts'
import { ArticleManifestEntry, cleanArticle } from './clean-article.ts'
import { describeExpected, findValueInQuote } from './value-in-quote.ts'

/** What the build reads: parsed YAML plus the raw article texts by id. */
export interface DatasetSources {
  manifest: unknown
  facts: unknown
  rawTexts: Record<string, string>
}

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] }

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

// Derived values are compared at the precision they are written with.
function matchesComputed(amount: number, computed: number, decimals: number | undefined): boolean {
  if (decimals === undefined) return Math.abs(amount - computed) <= 1e-9 * Math.max(1, Math.abs(computed))
  return Number(computed.toFixed(decimals)) === amount
}

/**
 * Validates articles and facts and assembles the dataset the app loads.
 * Every error names its file and fact, so a broken edit is found at once.
 */
export function buildDataset(sources: DatasetSources): BuildResult {
  const manifest = z.array(ArticleManifestEntry).min(1).safeParse(sources.manifest)
  const factsFile = FactsFile.safeParse(sources.facts)
  const errors = [
    ...(manifest.success ? [] : schemaErrors('articles.yaml', manifest.error, sources.manifest)),
    ...(factsFile.success ? [] : schemaErrors('facts.yaml', factsFile.error, sources.facts)),
  ]
  if (!manifest.success || !factsFile.success) return { ok: false, errors }

  const articles = manifest.data.map(({ publisherEvidence, removeLines, removeFrom, ...meta }) => {
    const raw = sources.rawTexts[meta.id]
    if (raw === undefined) {
      errors.push(`articles.yaml › ${meta.id}: no raw text (expected raw/${meta.id}.txt)`)
      return { ...meta, text: '' }
    }
    const { text, problems } = cleanArticle(raw, { removeLines, removeFrom })
    errors.push(...problems.map((p) => `articles.yaml › ${meta.id}: ${p}`))
    if (meta.title && !text.includes(meta.title))
      errors.push(`articles.yaml › ${meta.id}: title not found in the article`)
    if (publisherEvidence && !raw.includes(publisherEvidence))
      errors.push(`articles.yaml › ${meta.id}: publisherEvidence not found in the article`)
    if (meta.publisher && !raw.includes(meta.publisher))
      errors.push(`articles.yaml › ${meta.id}: publisher "${meta.publisher}" is not named in the article`)
    return { ...meta, text }
  })
  const articleText = new Map(articles.map((a) => [a.id, a.text]))
  const { companies, facts: inputs } = factsFile.data
  const companyIds = new Set(companies.map((c) => c.id))
  const factsById = new Map(inputs.map((f) => [f.id, f]))

  for (const id of duplicates(articles.map((a) => a.id))) errors.push(`articles.yaml › ${id}: duplicate article id`)
  for (const id of duplicates(companies.map((c) => c.id)))
    errors.push(`facts.yaml › companies › ${id}: duplicate company id`)
  for (const id of duplicates(inputs.map((f) => f.id))) errors.push(`facts.yaml › ${id}: duplicate fact id`)

  const facts: Fact[] = inputs.map((fact) => {
    const at = `facts.yaml › ${fact.id}`
    if (!companyIds.has(fact.company)) errors.push(`${at} › company: unknown company "${fact.company}"`)

    const citations = fact.citations.flatMap((citation, i): Citation[] => {
      const where = `${at} › citations[${i}]`
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
      const span = findValueInQuote(citation.quote, fact.value)
      if (span === null) {
        errors.push(
          `${where}: quote does not state the value (expected ${describeExpected(fact.value)}): "${citation.quote}"`,
        )
      }
      const highlight = span && span !== 'not-applicable' ? { start: start + span.start, end: start + span.end } : null
      return [{ ...citation, start, end: start + citation.quote.length, highlight }]
    })

    const needsQuote = fact.value.kind !== 'derived'
    if (needsQuote && fact.citations.length === 0)
      errors.push(`${at}: a ${fact.value.kind} value needs at least one citation`)

    let inputIds: string[] = []
    if (fact.value.kind === 'derived') {
      const { formula, amount, decimals } = fact.value
      try {
        inputIds = formulaInputs(formula)
        for (const id of inputIds.filter((id) => !factsById.has(id)))
          errors.push(`${at} › formula: unknown fact {${id}}`)
        const computed = evaluateFormula(formula, (id) => {
          const value = factsById.get(id)?.value
          return value && 'amount' in value ? value.amount : undefined
        })
        if (!matchesComputed(amount, computed, decimals))
          errors.push(`${at} › formula: "${formula}" gives ${computed}, but the fact says ${amount}`)
      } catch (e) {
        errors.push(`${at} › formula: ${(e as Error).message}`)
      }
    }
    return { ...fact, inputs: inputIds, citations }
  })

  for (const id of derivationCycles(facts))
    errors.push(`facts.yaml › ${id} › formula: depends on itself through its inputs`)
  const listed = new Set(articles.map((a) => a.id))
  for (const id of Object.keys(sources.rawTexts).filter((id) => !listed.has(id)))
    errors.push(`raw/${id}.txt: no entry in articles.yaml, so its text would never be checked or shown`)
  if (errors.length) return { ok: false, errors }

  const assembled = { schemaVersion: 1, companies, articles, facts }
  const dataset = Dataset.safeParse(assembled)
  if (!dataset.success) return { ok: false, errors: schemaErrors('dataset.json', dataset.error, assembled) }
  return { ok: true, dataset: dataset.data }
}
