import { findAttributions, findHedges, type Attribution as Credit } from '../../src/domain/claim-vocabulary.ts'

/** Who a sentence says produced or told its figures, in its own words. */
export interface Attribution {
  /** "Synergy Research Group", "media reports", "AWS". */
  source: string
  /** The words that say so: "according to Synergy Research Group", "reportedly". */
  words: string
  /** Named by an earlier sentence this one continues ("the research firm added", "he said"). */
  continued?: boolean
}

// The shape of a name in a credit's words; which words credit, and where, is the shared vocabulary's.
const NAME = String.raw`(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and))*[\w’'.]*|media reports|reports|the report|the company(?:[’']s statement)?|a statement[^,.]*)`
const NAME_FIRST = new RegExp(`^(${NAME})`)
const NAME_LAST = new RegExp(`(${NAME})$`)
// Around a speaker named before the verb: the clause's opening words and the verb's auxiliaries and adverbs.
const LEADING = /^(?:(?:with|and|but|as|while|in|on)\s+)+/i
const TRAILING = /(?:\s+(?:has|have|had|is|was|were|further|also))+$/i

// A pronoun, or the firm the article named before, names no one new: the credit is the earlier sentence's.
const EARLIER = /^(?:he|she|they|it|we|the (?:research |analyst |market )?firm)$/i
const PRONOUN = /^(It|They|He|She|We|This|That)$/i

/**
 * Who a credit names, in a source's words: the name that follows "according to", or the speaker at the end of
 * the clause before "said" ("Canalys" of "…, and Google Cloud held 11%, Canalys said"; "analysts" of "…, with
 * analysts citing").
 */
function nameOf(credit: Credit, sentence: string): string {
  const party = credit.party.replace(/[.,;:]+$/, '').trim()
  if (sentence.slice(credit.end).trimStart().startsWith(credit.party)) {
    const first = NAME_FIRST.exec(party)?.[1] ?? party
    return /^the (report|company)/i.test(first) ? first : first.replace(/^the\s+/i, '')
  }
  const clause = party
    .slice(party.lastIndexOf(',') + 1)
    .trim()
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .trim()
  return NAME_LAST.exec(clause)?.[1] ?? clause
}

/** The last words of a credit's party: "he" of "…when it comes to managing their cloud estates, and he". */
const lastWords = (party: string) =>
  /(?:the (?:research |analyst |market )?firm|\p{L}+)$/iu.exec(party.trim())?.[0] ?? ''

/**
 * The source a sentence names for what it states, read with the shared credit cues: "according to X", "per X",
 * "X said", "said X", "Reports indicated", or "reportedly" for a claim credited to no one. "The research firm
 * added" or "he said" names the source `earlier`. null when the sentence names none: the figure is then
 * unattributed, and says so.
 */
export function attributionOf(sentence: string, earlier: Attribution | null = null): Attribution | null {
  // "according to X" names its source outright; a speech verb may sit in the quote it credits.
  const credits = findAttributions(sentence).sort(
    (a, b) => Number(b.entry.party === 'after') - Number(a.entry.party === 'after') || a.start - b.start,
  )
  for (const credit of credits) {
    const last = lastWords(credit.party)
    if (earlier && EARLIER.test(last))
      return { source: earlier.source, words: `${last} ${credit.text}`, continued: true }
    const name = nameOf(credit, sentence)
    if (!name || PRONOUN.test(name)) continue
    // The words that credit it, as the sentence writes them: "according to Canalys", "Canalys said".
    const before = sentence.lastIndexOf(name, credit.start)
    const after = sentence.indexOf(name, credit.end)
    const words = before !== -1 ? sentence.slice(before, credit.end) : sentence.slice(credit.start, after + name.length)
    return { source: name, words: after === -1 && before === -1 ? credit.text : words }
  }
  // A report credited to no one: "is reportedly slashing" ("a new report from Anthropic" credits Anthropic's report, not its news).
  const report = findHedges(sentence).find((h) => h.entry.phrase === 'reportedly')
  if (report) return { source: `Unnamed reports (“${report.text}”)`, words: report.text }
  return null
}
