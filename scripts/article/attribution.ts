import { findAttributions } from '../../src/domain/claim-vocabulary.ts'

/** Who a sentence says produced or told its figures, in its own words. */
export interface Attribution {
  /** "Synergy Research Group", "media reports", "AWS". */
  source: string
  /** The words that say so: "according to Synergy Research Group", "reportedly". */
  words: string
  /** Named by an earlier sentence this one continues ("the research firm added"). */
  continued?: boolean
}

const NAME = String.raw`(?:the\s+)?(?:[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|for|and))*[\w’'.]*|media reports|reports|the report|the company(?:[’']s statement)?|a statement[^,.]*)`

// A pronoun names no one the reader can see.
const PRONOUN = /^(It|They|He|She|We|This|That)$/i

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\baccording to (${NAME})`, 'i'),
  new RegExp(String.raw`\b[Pp]er (${NAME})`),
  new RegExp(
    String.raw`(${NAME}),? (?:said|says|told|reported|stated|confirmed|explained|mentioned|wrote|added|put|puts|estimated|estimates|counted)\b`,
  ),
  new RegExp(
    String.raw`\b(?:said|says|told|reported|stated|confirmed|explained|mentioned|wrote)(?: [a-z]+){0,3},? (${NAME})`,
  ),
  /\b(Reports) indicated\b/,
  /\b(?:a )?report (?:by|on) (?:the )?([A-Z][\w\s]+?)(?: news site)? (?:said|last|says)\b/,
]

/**
 * The source a sentence names for what it states: "according to X", "per X", "X said", "Reports indicated",
 * or "reportedly" for a claim credited to no one; "the research firm added" is the source named `earlier`.
 * null when the sentence names none: the figure is then unattributed, and says so.
 */
export function attributionOf(sentence: string, earlier: Attribution | null = null): Attribution | null {
  // "the research firm added": the source the article named before.
  const again = sentence.match(/\bthe (?:research |analyst |market )?firm (?:said|says|added|expects|estimates)\b/i)
  if (again && earlier) return { source: earlier.source, words: again[0], continued: true }
  for (const pattern of PATTERNS) {
    const m = sentence.match(pattern)
    if (!m) continue
    const source = m[1]
      .replace(/[.,;:]+$/, '')
      .replace(/^the\s+/i, (the) => (/^the (report|company)/i.test(m[1]) ? the : ''))
      .trim()
    if (PRONOUN.test(source)) continue
    return { source, words: m[0].trim() }
  }
  // The shared cues read the rest: "The cloud division reported", "The company emphasized".
  const credit = findAttributions(sentence).find((a) => !PRONOUN.test(a.party))
  if (credit) return { source: credit.party, words: credit.text }
  if (/\breportedly\b/i.test(sentence)) return { source: 'Unnamed reports (“reportedly”)', words: 'reportedly' }
  return null
}
