import type { Unit } from '../../src/config/units.ts'
import type { Quantity } from './quantities.ts'

/** The words a metric is spoken of in, and the units its figures come in. */
interface MetricCue {
  metric: string
  units: readonly Unit[]
  words: RegExp
}

// Order breaks ties: the more specific cue first ("operating profit" before "profit", growth before level).
const METRIC_CUES: readonly MetricCue[] = [
  {
    metric: 'market_share',
    units: ['percent'],
    words: /\bmarket shares?\b|\bshare of (?:the )?market\b|\bof the (?:[\w-]+ ){0,4}market\b/gi,
  },
  {
    metric: 'spending_growth',
    units: ['percent'],
    words: /\byear[- ]over[- ]year\b|\byear on year\b|\bup\b|\bgrowth of\b/gi,
  },
  { metric: 'layoffs_share', units: ['percent'], words: /\bof (?:its|the) (?:staff|workforce|employees)\b/gi },
  { metric: 'spending', units: ['USD'], words: /\bspending\b|\bspend\b/gi },
  { metric: 'revenue', units: ['USD'], words: /\brevenues?\b|\bsales of\b|\bturnover\b/gi },
  {
    metric: 'profit',
    units: ['USD'],
    words: /\b(?:operating )?profits?\b|\boperating income\b|\bearnings\b/gi,
  },
  { metric: 'investment', units: ['USD'], words: /\binvest(?:ment|ments|ed|s)?\b|\bstake\b|\bfunding\b/gi },
  { metric: 'headcount', units: ['people'], words: /\bheadcount\b|\bemploys\b|\bworkforce of\b/gi },
  { metric: 'workforce', units: ['people'], words: /\bworkers\b|\bcontractors\b/gi },
  {
    metric: 'layoffs',
    units: ['people'],
    words:
      /\bjobs?\b|\bjob cuts\b|\blay(?:ing)?[- ]?offs?\b|\blaid off\b|\bcut(?:s|ting|backs)?\b|\breduction\b|\bslash(?:es|ing)?\b|\blost\b|\baffected\b|\bdecrease\b/gi,
  },
  {
    metric: 'open_positions',
    units: ['positions'],
    words: /\bopen positions\b|\bvacancies\b|\bopenings\b|\bhir(?:e|ing)\b/gi,
  },
  { metric: 'pay_after_termination', units: ['days'], words: /\bpay\b|\bbenefits\b|\bsalary\b/gi },
]

/** A metric the dataset does not know yet, named from the words beside the figure. */
export const NEW_METRIC = 'new'

/**
 * The metric a figure is about: among the metrics its unit allows, the one whose words stand nearest it in
 * the same clause (before it counts a little more than after: "revenue of $24.2 billion"). A count of
 * people with no word of a metric is a count of people (the workforce); anything else is a new metric for
 * the reviewer to name.
 */
export function metricOf(sentence: string, q: Quantity): string {
  if (!q.unit) return NEW_METRIC
  let best: { metric: string; distance: number } | null = null
  for (const cue of METRIC_CUES) {
    if (!cue.units.includes(q.unit)) continue
    for (const m of sentence.matchAll(cue.words)) {
      const end = m.index + m[0].length
      const before = end <= q.start
      const distance = before ? q.start - end : m.index - q.end + 8
      const between = before ? sentence.slice(end, q.start) : sentence.slice(q.end, m.index)
      // A figure's metric is in its own clause: "profits of $7.2 billion on revenue of $24.2 billion".
      const crossings = (between.match(/\b(on|and|while|but|with)\b|[;,]/g) ?? []).length
      const score = Math.max(0, distance) + crossings * 30
      if (m.index < q.end && end > q.start) continue
      if (!best || score < best.distance) best = { metric: cue.metric, distance: score }
    }
  }
  if (best) return best.metric
  if (q.unit === 'people') return 'workforce'
  return NEW_METRIC
}
