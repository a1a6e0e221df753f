import type { z } from 'zod'
import type { Citation, Company, FactInput as FactSchema, QuotedFact } from '../../src/domain/schema.ts'
import type { ArticleManifestEntry } from '../dataset/clean-article.ts'
import type { Draft, DraftCitation, DraftClaim, DraftFact } from './draft.ts'
import { claimId, factId, factLabel } from './fact-names.ts'
import { factIndex } from './fact-index.ts'
import { matchFigure } from './match.ts'
import { NEW_METRIC } from './metrics.ts'
import type { ProposedPeriod } from './periods.ts'
import type { FigureProposal, SentenceReading } from './propose.ts'
import { qualitativeCues, restatedVersions, wordMatches } from './qualitative.ts'
import { UNNAMED_SOURCE, versionSays } from './version-says.ts'
import { namesParty } from '../dataset/wording-checks.ts'
import { offTopicProblem } from '../dataset/statement-checks.ts'
import { findAttributions, usesPhrase } from '../../src/domain/claim-vocabulary.ts'
import { keptBySource } from './hedges.ts'
import { LEFT_OUT_WORDS } from './vocabulary.ts'

/** A note naming the sentence's hedges the fact does not keep otherwise: a source keeps "according to", "reportedly". */
function hedgeNote(hedges: readonly string[], source: FigureProposal['source']): { note?: string } {
  const left = hedges.filter((h) => !(source && keptBySource(h)))
  return left.length ? { note: `Its sentence hedges it: ${left.map((h) => `“${h}”`).join(', ')}.` } : {}
}

/** The dataset as the intake reads it: what a new article is matched against. */
export interface DatasetContext {
  companies: readonly Company[]
  facts: readonly QuotedFact[]
  /** The claims; their quotes only where a disagreement's version cites them, the only claims matched by words. */
  claims: readonly { id: string; article: string; facts?: string[]; quotes?: string[] }[]
  disagreements: readonly {
    id: string
    about: string
    facts: string[]
    versions: { says: string; claims: string[] }[]
  }[]
}

/** A fact as data/facts.yaml writes it: defaults left out. */
type FactInput = z.input<typeof FactSchema>

const toPeriod = (p: ProposedPeriod): FactInput['period'] => ({
  value: p.value,
  ...(p.inferred ? { inferred: true } : {}),
  ...(p.value && p.yearInferred ? { yearInferred: true } : {}),
  ...(p.words ? { words: p.words } : {}),
  ...(p.basis ? { basis: p.basis } : {}),
})

const describe = (f: FigureProposal) =>
  `${f.figure} read as ${f.metric.replace(/_/g, ' ')} of ${f.company}${f.period.value ? `, ${f.period.value}` : ', undated'}`

// How many sentences on a speaker's words may still explain the cause they gave.
const CAUSE_GOES_ON = 2

// A sentence that ends in a credit with nothing after it ("… an AWS spokesperson further stated.") opens the
// quote that follows: one claim holds both. ("…, it said." closes its own sentence instead.)
const CLOSES_ITS_OWN = /,\s*(?:it|he|she|they|the company)(?:\s+(?:further|also))?$/i
function opensNext(sentence: string): boolean {
  const credit = findAttributions(sentence).at(-1)
  return (
    credit !== undefined &&
    /^[.:]$/.test(sentence.slice(credit.end).trim()) &&
    !CLOSES_ITS_OWN.test(sentence.slice(0, credit.start).trimEnd())
  )
}

/**
 * Turns the reading of an article into a draft: a fact for each new figure, a quote for each figure or
 * statement the dataset has, a disagreement where a figure differs, and a claim for every sentence, carried
 * or left out with a reason true of it.
 */
export function buildDraft(
  entry: ArticleManifestEntry,
  raw: { file: string; text: string },
  readings: readonly SentenceReading[],
  ctx: DatasetContext,
  metaEvidence: Record<string, string>,
): Draft {
  const article = entry.id
  const number = article.slice(0, 3)
  const index = factIndex(ctx)
  const factIds = new Set(ctx.facts.map((f) => f.id))
  const claimIds = new Set(ctx.claims.map((c) => c.id))
  const companies = [...ctx.companies]
  const newCompanies: Company[] = []
  const facts: DraftFact[] = []
  const citations: DraftCitation[] = []
  const claims: DraftClaim[] = []
  const joins: Draft['joins'] = []
  const disagreements: Draft['disagreements'] = []

  const cite = (factId: string, quote: string, sentence: number, role: Citation['role'], why: string, mark?: string) =>
    citations.push({
      factId,
      citation: { article, quote, ...(role && role !== 'value' ? { role } : {}), ...(mark ? { mark } : {}) },
      review: { sentence, figure: null, hedges: [], why },
    })

  const addFact = (fact: FactInput, review: DraftFact['review']) => {
    facts.push({ fact, review })
    // The sentence a credit continues is cited as the fact's attribution, so its claim carries the fact too.
    const from = fact.citations.find((c) => c.role === 'attribution')?.quote
    const earlier = claims.find((c) => from !== undefined && c.quotes.includes(from))
    if (earlier) {
      earlier.facts = [...new Set([...(earlier.facts ?? []), fact.id])]
      delete earlier.leftOut
    }
    return fact.id
  }

  /** The sentence a credit continues, which names its source ("according to Canalys" before "the firm added"). */
  const creditCitations = (source: FigureProposal['source']) =>
    source?.from !== undefined
      ? [{ article, quote: readings[source.from].sentence.text, role: 'attribution' as const }]
      : []

  function newFigureFact(f: FigureProposal, quote: string): string {
    if (f.newCompany && !companies.some((c) => c.id === f.company)) {
      const company = { id: f.company, name: f.newCompany }
      companies.push(company)
      newCompanies.push(company)
    }
    const id = factId(f.metric, f.company, f.period.value, factIds, ctx.facts)
    return addFact(
      {
        id,
        label: factLabel(f.metric, f.company, companies, ctx.facts, f.source?.name ?? UNNAMED_SOURCE),
        metric: f.metric as FactInput['metric'],
        company: f.company,
        period: toPeriod(f.period),
        value: f.value,
        source: f.source?.name ?? UNNAMED_SOURCE,
        ...hedgeNote(f.hedges, f.source),
        ...(f.metric === 'layoffs'
          ? { layoff: { waves: 1, units: [], location: null, announcedBy: null, eventDate: null } }
          : {}),
        citations: [{ article, quote }, ...creditCitations(f.source)],
      },
      {
        sentence: f.sentence,
        figure: f.figure,
        hedges: f.hedges,
        why: f.metric === NEW_METRIC ? `${describe(f)}: name its metric` : describe(f),
      },
    )
  }

  // The cause the article gave last, and where: “…,” said Sustar, just after Lee Sustar gave a cause, goes on
  // explaining it, and is cited as its detail.
  let lastCause: { id: string; sentence: number } | null = null

  // The news the article reports: its own count of cuts on its own date, else the dataset's.
  let news: string | null = null
  const articleDate = entry.date.value

  readings.forEach((reading, i) => {
    const text = reading.sentence.text
    const carriers: string[] = []
    for (const f of reading.figures) {
      const match = matchFigure(f, index.byMetric.get(f.metric) ?? [])
      if (match.kind === 'corroborates') {
        cite(match.factId, text, i, 'value', `${describe(f)}: the dataset has it`)
        carriers.push(match.factId)
      } else {
        const id = newFigureFact(f, text)
        carriers.push(id)
        if (match.kind === 'differs') {
          const other = ctx.facts.find((x) => x.id === match.factId)!
          disagreements.push({
            id: `${id}-differs`,
            about: `${other.label}: the articles give different figures`,
            facts: [other.id, id],
            versions: [
              {
                says: versionSays(other.value, other.source),
                claims: ctx.claims.filter((c) => c.facts?.includes(other.id)).map((c) => c.id),
              },
              {
                says: versionSays(f.value, f.source?.name ?? UNNAMED_SOURCE),
                claims: ['(this claim)'],
              },
            ],
          })
        }
      }
      if (f.metric === 'layoffs' && f.period.value === articleDate) news ??= carriers[carriers.length - 1]
    }
    claims.push({
      id: claimId(number, text, claimIds),
      sentence: i,
      quotes: [text],
      ...(carriers.length ? { facts: carriers } : {}),
    })
  })
  news ??= ctx.facts.find((f) => f.metric === 'layoffs' && f.period.value === articleDate)?.id ?? null

  // Sentences with no figure: a statement the dataset has, the cuts' detail or date, a claim in words; else left out.
  readings.forEach((reading, i) => {
    const claim = claims[i]
    if (claim.facts) return
    const text = reading.sentence.text
    if (LEFT_OUT_WORDS.test(text)) {
      claim.leftOut = 'Proposed at intake: a commitment, an assessment or other companies’ news, with no figure.'
      return
    }
    const carriers = new Set<string>()
    for (const m of wordMatches(text, reading, index)) {
      // A restatement credited to someone the fact's source does not name ("according to the report") is cited
      // as its attribution, for the reviewer to name in the source: as a value quote it would drop the credit.
      const source = ctx.facts.find((f) => f.id === m.factId)?.source ?? ''
      const uncredited =
        reading.source &&
        !namesParty(
          source,
          reading.source.name,
          companies.map((c) => c.name),
        )
      if (uncredited)
        cite(
          m.factId,
          text,
          i,
          'attribution',
          `restates “${m.words}”, credited to “${reading.source?.name}”: name it in the source`,
        )
      else cite(m.factId, text, i, m.role, `restates “${m.words}”, as the dataset words ${m.factId}`)
      carriers.add(m.factId)
    }
    for (const v of restatedVersions(text, ctx, index, article)) {
      joins.push({ disagreement: v.disagreement, says: v.says, claim: claim.id })
      for (const id of v.facts) carriers.add(id)
    }
    const cues = qualitativeCues(text, reading, articleDate)
    if (news && cues.layoffDetail && !carriers.has(news)) {
      cite(news, text, i, 'detail', 'says which teams or roles the cuts hit, or where', cues.layoffDetail)
      carriers.add(news)
    }
    if (news && cues.newsDate && !carriers.has(news)) {
      cite(news, text, i, 'date', 'dates the news', cues.newsDate)
      carriers.add(news)
    }
    if (!carriers.size)
      for (const q of cues.claims) {
        const id = factId(q.metric, q.company ?? 'market', q.period.value, factIds, ctx.facts)
        addFact(
          {
            id,
            label: factLabel(
              q.metric,
              q.company ?? 'market',
              companies,
              ctx.facts,
              reading.source?.name ?? UNNAMED_SOURCE,
            ),
            metric: q.metric as FactInput['metric'],
            company: q.company ?? 'market',
            period: toPeriod(q.period),
            value: q.value,
            source: reading.source?.name ?? UNNAMED_SOURCE,
            ...hedgeNote(reading.hedges, reading.source),
            citations: [{ article, quote: text }, ...creditCitations(reading.source)],
          },
          { sentence: i, figure: null, hedges: reading.hedges, why: q.why },
        )
        carriers.add(id)
        if (q.metric === 'cause') lastCause = { id, sentence: i }
      }
    const speaker = reading.source?.name
    const cause = lastCause && facts.find((f) => f.fact.id === lastCause!.id)?.fact
    if (
      !carriers.size &&
      speaker &&
      cause &&
      i - lastCause!.sentence <= CAUSE_GOES_ON &&
      !reading.hedges.length &&
      cause.citations.some((c) => usesPhrase(c.quote, speaker)) &&
      offTopicProblem(cause, { quote: text }, companies) === null
    ) {
      // The cause is the draft's own fact: the quote joins its citations.
      cause.citations.push({ article, quote: text, role: 'detail' })
      carriers.add(cause.id)
    }
    if (carriers.size) claim.facts = [...carriers]
    else claim.leftOut = 'Proposed at intake: no figure the dashboard charts and no statement of a fact it has.'
  })

  // "… further stated." joins the quote it opens.
  for (let i = claims.length - 2; i >= 0; i--) {
    if (!opensNext(claims[i].quotes[0]) || !claims[i].leftOut || !claims[i + 1].facts) continue
    claims[i + 1].quotes.unshift(...claims[i].quotes)
    claims.splice(i, 1)
  }
  for (const d of disagreements)
    for (const v of d.versions)
      v.claims = v.claims.map((c) => (c === '(this claim)' ? claims.find((x) => x.facts?.includes(d.facts[1]))!.id : c))

  return {
    version: 1,
    raw,
    article: entry,
    metaEvidence,
    companies: newCompanies,
    facts,
    citations: dedupe(citations),
    claims,
    joins,
    disagreements,
  }
}

/** One quote per fact and sentence: two figures of one sentence matching one fact cite it once. */
function dedupe(citations: DraftCitation[]): DraftCitation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = `${c.factId}|${c.citation.quote}|${c.citation.role ?? 'value'}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
