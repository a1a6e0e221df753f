import { COMPANY_PARENTS } from '../../src/config/company-aliases.ts'
import { findAttributions, findHedges } from '../../src/domain/claim-vocabulary.ts'
import type { FactValue } from '../../src/domain/schema.ts'
import { findValueInQuote } from '../dataset/value-in-quote.ts'
import type { DatasetContext } from './build-draft.ts'
import type { ProposedPeriod } from './periods.ts'
import type { SentenceReading } from './propose.ts'
import type { FactIndex } from './fact-index.ts'
import { contentWords, overlap } from './words.ts'
import { causeWordIn, LAYOFF_WORDS, TREND_WORDS, UNIT_WORDS } from './vocabulary.ts'

const related = (a: string, b: string) => a === b || COMPANY_PARENTS[a] === b || COMPANY_PARENTS[b] === a

// Beside a fact's own word, the sentence shares this many words with its quotes: "due to" alone is anyone's.
const TOPIC_WORDS = 2

/**
 * The dataset's claims in words that a sentence restates in the same words: it has one of a fact's own
 * words ("streamline", "moving away from") about the same company, and shares more of its quotes' words.
 */
export function wordMatches(
  text: string,
  reading: SentenceReading,
  index: FactIndex,
): { factId: string; words: string; role: 'value' }[] {
  const mine = contentWords(text)
  const lower = text.toLowerCase()
  const named = reading.mentions.filter((m) => !m.isNew).map((m) => m.id)
  const matches: { factId: string; words: string; role: 'value' }[] = []
  for (const { fact, words, quoteWords } of index.worded) {
    const hit = words.find((w) => lower.includes(w.lower) && w.pattern.test(text))?.word
    if (!hit) continue
    const about = named.length
      ? named.some((id) => related(id, fact.company))
      : reading.context !== null && related(reading.context, fact.company)
    if (!about && fact.company !== 'market') continue
    const theirs = new Set(quoteWords)
    for (const w of contentWords(hit)) theirs.delete(w)
    if (overlap(mine, theirs).shared < TOPIC_WORDS) continue
    if (findValueInQuote(text, fact.value) === null) continue
    matches.push({ factId: fact.id, words: hit, role: 'value' })
  }
  return matches
}

// Enough of the same words to be the same statement printed by another outlet: most of the shorter one's words,
// and half of the longer one's. "“We do not take these decisions lightly,” wrote Garman" repeats the quote of a
// claim that also says who sent the email, how and when; it restates the quote, not that claim.
const SAME_STATEMENT = { share: 0.7, shared: 6, ofLonger: 0.5 }

/** Versions of the dataset's disagreements whose claims (in other articles) say what this sentence says. */
export function restatedVersions(text: string, ctx: DatasetContext, index: FactIndex, article: string) {
  const mine = contentWords(text)
  const found: { disagreement: string; says: string; facts: string[] }[] = []
  for (const d of ctx.disagreements)
    for (const v of d.versions) {
      const same = v.claims.some((id) => {
        const claim = index.versionClaims.get(id)
        if (!claim || claim.article === article) return false
        const theirs = claim.words
        const o = overlap(mine, theirs)
        const ofLonger = o.shared / Math.max(mine.size, theirs.size, 1)
        return (
          o.share >= SAME_STATEMENT.share && o.shared >= SAME_STATEMENT.shared && ofLonger >= SAME_STATEMENT.ofLonger
        )
      })
      if (same && !found.some((f) => f.disagreement === d.id))
        found.push({ disagreement: d.id, says: v.says, facts: d.facts })
    }
  return found
}

/** A claim in words the intake proposes as a fact of its own. */
export interface QualitativeCue {
  metric: 'trend' | 'plan' | 'cause' | 'layoffs'
  company: string | null
  period: ProposedPeriod
  value: FactValue
  why: string
}

const UNDATED: ProposedPeriod = { value: null, inferred: false, yearInferred: false, words: null, basis: null }
const clauseFrom = (text: string, at: number) =>
  text
    .slice(at)
    .replace(/[,;.].*$/s, '')
    .trim()
// A metric named beside a direction of change: the change is that metric's.
const CHANGING = /\b(profits?|profitability|revenue|sales|share|spending|demand|workforce|growth|headcount)\b/i
// "In January, Amazon announced significant layoffs": a wave with no count.
const UNCOUNTED_WAVE =
  /\b(?:announced|made|began)\s+((?:significant|major|sweeping|further|more|new)\s+(?:layoffs|job cuts|lay-offs))/i

/**
 * What a sentence with no figure may still carry: which teams the cuts hit (a detail of the news), the
 * date of the news, and claims in words the dataset may not have (a plan, a change, a cause, a wave of
 * cuts with no count), each kept in the article's words and hedges.
 */
export function qualitativeCues(text: string, reading: SentenceReading, articleDate: string) {
  const company = reading.mentions.find((m) => !m.isNew)?.id ?? reading.context
  const dated = reading.dates.filter((d) => d.period.value)
  const layoff = LAYOFF_WORDS.exec(text)
  const unit = UNIT_WORDS.exec(text)
  const newsDate = dated.find(
    (d) =>
      d.period.value === articleDate &&
      (findAttributions(text).length > 0 || /\b(email|e-mail|informed)\b/i.test(text)),
  )
  const claims: QualitativeCue[] = []
  const wave = UNCOUNTED_WAVE.exec(text)
  const plan = findHedges(text).find((h) => h.entry.family === 'intent')
  const trend = TREND_WORDS.exec(text)
  const cause = causeWordIn(text)
  if (wave && dated.length)
    claims.push({
      metric: 'layoffs',
      company,
      period: dated[0].period,
      value: { kind: 'unknown', unit: 'people', words: wave[1] },
      why: `a wave of cuts, “${wave[1]}”, with no count: shown as unknown`,
    })
  else if (plan)
    claims.push({
      metric: 'plan',
      company,
      period: dated[0]?.period ?? UNDATED,
      value: {
        kind: 'qualitative',
        // In the article's own words: “is looking to outsource” is sought, not planned.
        claim: `${plan.text[0].toUpperCase()}${plan.text.slice(1)} ${clauseFrom(text, plan.end).replace(/^["“]/, '')}`,
        words: [plan.text],
      },
      why: `a plan, “${plan.text}”: kept as a plan`,
    })
  else if (trend && CHANGING.test(text))
    for (const d of dated.length ? dated : [{ period: UNDATED }])
      claims.push({
        metric: 'trend',
        company,
        period: d.period,
        value: { kind: 'qualitative', claim: clauseFrom(text, trend.index), words: [trend[0]] },
        why: `a change, “${trend[0]}”, with no figure`,
      })
  else if (cause)
    claims.push({
      metric: 'cause',
      company,
      period: dated[0]?.period ?? UNDATED,
      // The cause word stays in the claim: "due to …", not the bare clause, so the claim says what the quote says.
      value: { kind: 'qualitative', claim: clauseFrom(text, cause.start), words: [cause.text] },
      why: `a cause, “${cause.text}”`,
    })
  return {
    layoffDetail: layoff && unit ? unit[0] : null,
    newsDate: newsDate?.text ?? null,
    claims,
  }
}
