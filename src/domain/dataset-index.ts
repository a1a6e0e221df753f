import { companySlots, type SeriesSlot } from '../config/companies.ts'
import { comparePeriodKeys, periodKey, type PeriodKey } from '../lib/period.ts'
import type { Article, Company, Dataset, Fact } from './schema.ts'
import { citationRole, isDerivedValue } from './kinds.ts'

/** Look-ups built once per loaded dataset, so filtering and evidence never scan it per render. */
export interface DatasetIndex {
  dataset: Dataset
  /** The content hash of the file it was read from, when it was read from one. */
  hash?: string
  facts: readonly Fact[]
  factById: ReadonlyMap<string, Fact>
  articleById: ReadonlyMap<string, Article>
  companyById: ReadonlyMap<string, Company>
  /** Companies that have facts, in dataset order: the company filter's choices. */
  companies: readonly Company[]
  /** Each company's colour, as a series slot (`companySlots`): the same in every chart, chip and file. */
  slotOf: ReadonlyMap<string, SeriesSlot>
  /** Periods that have facts, oldest first: the period filter's choices. */
  periods: readonly PeriodKey[]
  periodOf: ReadonlyMap<string, PeriodKey>
  /** How many distinct articles state each fact's value (date and attribution quotes do not count). */
  articleCountOf: ReadonlyMap<string, number>
  /** Facts derived from each fact, for "used in" links. */
  dependentsOf: ReadonlyMap<string, readonly string[]>
}

export interface FactFilter {
  companies: readonly string[]
  periods: readonly string[]
}

/**
 * The index, built in steps that stop (yield) between them: at 100× data each is about a phone's long task
 * (50 ms), and all of them at once four times that.
 */
function* indexSteps(dataset: Dataset, hash?: string): Generator<void, DatasetIndex> {
  const { facts, articles, companies } = dataset
  const periodOf = new Map(facts.map((f) => [f.id, periodKey(f.period)]))
  const withFacts = new Set(facts.map((f) => f.company))
  yield
  const factById = new Map(facts.map((f) => [f.id, f]))
  const dependentsOf = new Map<string, string[]>()
  for (const fact of facts) {
    for (const input of fact.inputs) dependentsOf.set(input, [...(dependentsOf.get(input) ?? []), fact.id])
  }
  yield
  // Plain loops: at 100× this runs over tens of thousands of citations while the page is loading.
  const valueArticleCount = (f: Fact) => {
    const articles = new Set<string>()
    for (const c of f.citations) if (citationRole(c) === 'value') articles.add(c.article)
    return articles.size
  }
  const articleCountOf = new Map(facts.map((f) => [f.id, valueArticleCount(f)]))
  return {
    dataset,
    hash,
    facts,
    factById,
    articleById: new Map(articles.map((a) => [a.id, a])),
    companyById: new Map(companies.map((c) => [c.id, c])),
    companies: companies.filter((c) => withFacts.has(c.id)),
    slotOf: companySlots(companies.map((c) => c.id)),
    periods: [...new Set(periodOf.values())].sort(comparePeriodKeys),
    periodOf,
    articleCountOf,
    dependentsOf,
  }
}

export function buildIndex(dataset: Dataset, hash?: string): DatasetIndex {
  const steps = indexSteps(dataset, hash)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** buildIndex, awaiting `pause` between its steps, so that a page can handle a tap or paint meanwhile. */
export async function buildIndexInSteps(
  dataset: Dataset,
  hash: string,
  pause: () => Promise<void>,
): Promise<DatasetIndex> {
  const steps = indexSteps(dataset, hash)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}

/**
 * The facts whose quotes stand behind a fact: itself, or for a derived value, its inputs (through
 * chains of derived values, each once). Source lines and year notes credit these.
 */
export function sourcedFacts(index: Pick<DatasetIndex, 'factById'>, fact: Fact, seen = new Set<string>()): Fact[] {
  if (!isDerivedValue(fact.value)) return [fact]
  if (seen.has(fact.id)) return []
  seen.add(fact.id)
  return fact.inputs.flatMap((id) => {
    const input = index.factById.get(id)
    return input ? sourcedFacts(index, input, seen) : []
  })
}

/**
 * The filter's values that this dataset knows, and those it does not (from a
 * hand-edited or stale URL), so the page can apply the first and report the rest.
 */
export function resolveFilter(index: DatasetIndex, filter: FactFilter) {
  // Only companies and periods that have facts can be chosen in the filter bar, so only those apply.
  const choosable = new Set(index.companies.map((c) => c.id))
  const companies = filter.companies.filter((id) => choosable.has(id))
  const periods = filter.periods.filter((p) => index.periods.includes(p as PeriodKey))
  return {
    filter: { companies, periods },
    unknown: [
      ...filter.companies.filter((id) => !choosable.has(id)).map((value) => ({ key: 'company', value })),
      ...filter.periods.filter((p) => !periods.includes(p)).map((value) => ({ key: 'period', value })),
    ],
  }
}

/** A fact or article id from the URL that this dataset does not have, for the ignored-parameters notice. */
export function unknownReferences(index: DatasetIndex, refs: { fact: string | null; article: string | null }) {
  return [
    ...(refs.fact && !index.factById.has(refs.fact) ? [{ key: 'fact', value: refs.fact }] : []),
    ...(refs.article && !index.articleById.has(refs.article) ? [{ key: 'article', value: refs.article }] : []),
  ]
}

/** A test for one fact against the filter; an empty list of companies or periods means all of them. */
export function factFilter(index: DatasetIndex, filter: FactFilter): (fact: Fact) => boolean {
  const companies = filter.companies.length ? new Set(filter.companies) : null
  const periods = filter.periods.length ? new Set(filter.periods) : null
  return (f) => (!companies || companies.has(f.company)) && (!periods || periods.has(index.periodOf.get(f.id)!))
}

/** Facts that pass the filter, in dataset order. */
export function filterFacts(index: DatasetIndex, filter: FactFilter): Fact[] {
  if (!filter.companies.length && !filter.periods.length) return index.facts as Fact[]
  return index.facts.filter(factFilter(index, filter))
}
