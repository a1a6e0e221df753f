// A figure's source is the one its own sentence names (or the sentence it continues, cited as
// attribution): "according to Synergy Research Group" credits AWS's 31%, not the next sentence's 24%.
import { findAttributions } from '../../src/domain/claim-vocabulary.ts'
import { citationRole, isDerivedValue } from '../../src/domain/kinds.ts'
import { namesNoSource, SOURCE_PART_SEPARATOR } from '../../src/domain/source-credit.ts'
import type { FactInput } from '../../src/domain/schema.ts'
import { namesParty, type QuotedCitation } from './wording-checks.ts'

// Parts of a source that credit no one: the article's own account, a reading with no one named.
const OWN_ACCOUNT = /\bown (account|words|reading)\b|\bcredits? (it )?to no one\b/i

/**
 * Problems with whom a fact credits. A source that names no one ("Not named …") must not sit on a
 * sentence that credits someone; each named part of a source must be credited by the sentence of a
 * value quote, or by one it continues, cited as attribution.
 */
export function attributionProblems(
  fact: FactInput,
  citations: readonly QuotedCitation[],
  companyNames: string[],
): string[] {
  if (isDerivedValue(fact.value)) return []
  const ofRoles = (...roles: string[]) => citations.filter((c) => roles.includes(citationRole(c)))
  const credits = (cs: readonly QuotedCitation[]) => cs.flatMap((c) => c.sentences.flatMap(findAttributions))
  if (namesNoSource(fact.source)) {
    const named = credits(ofRoles('value'))
    return named.length
      ? [
          `source: says no source is named, but a value quote's sentence credits “${named[0].party}” (“${named[0].text}”); name it in source`,
        ]
      : []
  }
  const credited = credits(ofRoles('value', 'attribution'))
  return fact.source
    .split(SOURCE_PART_SEPARATOR)
    .filter((part) => !OWN_ACCOUNT.test(part) && !namesNoSource(part))
    .filter((part) => !credited.some((a) => namesParty(part, a.party, companyNames)))
    .map((part) =>
      credited.length
        ? `source: “${part}” is not who its sentences credit (${credited.map((a) => `“${a.party}”`).join(', ')}); a figure's source is the one its own sentence names, or the sentence it continues, cited as attribution`
        : `source: “${part}” is named, but no sentence of its value quotes credits anyone; write “Not named …”, or cite the sentence it continues that names it (role attribution)`,
    )
}
