import { formatAmount } from '../../lib/format.ts'
import { changeLinks, directionOf } from '../../domain/change-facts.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Citation, Fact } from '../../domain/schema.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue, markedPeriod } from '../../domain/format-fact.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })
const quoted = (words: readonly string[]) => list.format(words.map((w) => `“${w}”`))

/** What kind of value this is, in words a reader can check against the quotes. */
function ValueWords({ fact, quotes }: { fact: Fact; quotes: readonly Citation[] }) {
  const v = fact.value
  switch (v.kind) {
    case 'vague':
      return (
        <p>
          The articles give no exact number, only words: {quoted(v.words)}.
          {v.range &&
            ` The chart draws them as the range ${formatAmount(v.range.min, v.unit)}–${formatAmount(v.range.max, v.unit)} (${v.range.basis}), not as a count.`}
        </p>
      )
    case 'unknown':
      return <p>The articles do not report a number{v.words ? `; they say “${v.words}”` : ''}.</p>
    case 'approximate':
      return (
        <p>
          The articles qualify this number: “{formatValue(v)}”.
          {v.range &&
            ` A value computed from it reads it as ${formatAmount(v.range.min, v.unit)}–${formatAmount(v.range.max, v.unit)} (${v.range.basis}).`}
        </p>
      )
    case 'bound':
      return <p>The articles qualify this number: “{formatValue(v)}”.</p>
    case 'qualitative':
      return (
        <p>A claim in words, with no number: the articles say {quoted(v.words.filter((w) => quoteUses(quotes, w)))}.</p>
      )
    case 'derived-range':
      return <p>A range, not one number: the formula below is worked out at both ends of its inputs’ ranges.</p>
    default:
      return null
  }
}

// Only the words the quotes use: a qualitative fact lists every wording the articles may choose.
const quoteUses = (quotes: readonly Citation[], word: string) =>
  quotes.some((c) => c.quote.toLowerCase().includes(word.toLowerCase()))

const LINK = 'text-left font-medium underline underline-offset-2'

/**
 * A level's change in words, or a change's level, one click away: the pair is read from the dataset
 * (same company, period and article), so no data file has to name it.
 */
function LevelChangeLink({
  fact,
  index,
  onSelect,
}: {
  fact: Fact
  index: DatasetIndex
  onSelect: (id: string) => void
}) {
  const links = changeLinks(index)
  const change = links.changeOf.get(fact.id)
  const level = links.levelOf.get(fact.id)
  if (change) {
    const direction = directionOf(change)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {direction ? (direction === 'up' ? '▲ ' : '▼ ') : ''}How it changed, in the articles’ words (no rate given):{' '}
        <button type="button" className={LINK} onClick={() => onSelect(change.id)}>
          {formatValue(change.value)}
        </button>
      </p>
    )
  }
  if (level) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The level this change is about:{' '}
        <button type="button" className={LINK} onClick={() => onSelect(level.id)}>
          {level.label}, {formatValue(level.value)}
        </button>
      </p>
    )
  }
  return null
}

/** The fact's value, kind, period, company, who produced the number and, for layoffs, what trackers record. */
export function FactDetails({
  fact,
  quotes,
  index,
  onSelect,
}: {
  fact: Fact
  quotes: readonly Citation[]
  index: DatasetIndex
  /** Opens a linked fact (a level's change, a change's level); without it the link is not offered. */
  onSelect?: (factId: string) => void
}) {
  const company = index.companyById.get(fact.company)?.name ?? fact.company
  const layoff = fact.layoff
  const { period } = fact
  const rows: [string, string][] = [
    ['Period', period.value && period.words ? `${markedPeriod(fact)} (${period.words})` : markedPeriod(fact)],
    ['Company', company],
    ['Number produced by', fact.source],
  ]
  if (fact.value.kind === 'qualitative') rows[2] = ['Claim made by', fact.source]
  // No number was reported, so none was produced: the source is named for what the fact does say.
  if (fact.value.kind === 'unknown') rows[2] = ['Source', fact.source]
  if (layoff) {
    // "Made known", not "announced": the articles' own verbs (emailed, confirmed, said) are in the quotes.
    if (layoff.eventDate) rows.push(['Made known', `${formatPeriod(layoff.eventDate)}: ${layoff.eventDate.basis}`])
    if (layoff.announcedBy) rows.push(['Made known by', layoff.announcedBy])
    rows.push(['Units affected', layoff.units.length ? layoff.units.join('; ') : 'Not reported'])
    if (layoff.roles?.length) rows.push(['Roles most affected', layoff.roles.join('; ')])
    if (layoff.location) rows.push(['Location', layoff.location])
  }
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-baseline gap-2">
        <span
          className={`font-semibold text-slate-900 tabular-nums dark:text-slate-50 ${fact.value.kind === 'qualitative' ? 'text-xl' : 'text-3xl'}`}
        >
          {formatValue(fact.value)}
        </span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {VALUE_KIND_LABELS[fact.value.kind]}
        </span>
      </p>
      <div className="text-sm text-slate-700 dark:text-slate-300">
        <ValueWords fact={fact} quotes={quotes} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map(([term, detail]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="text-slate-900 dark:text-slate-100">{detail}</dd>
          </div>
        ))}
      </dl>
      {onSelect && <LevelChangeLink fact={fact} index={index} onSelect={onSelect} />}
      {fact.note && <p className="text-sm text-slate-700 italic dark:text-slate-300">{fact.note}</p>}
    </div>
  )
}
