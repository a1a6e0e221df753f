import { formatPeriod, formatValue } from '../domain/format-fact.ts'
import type { Company, FactValue, Period } from '../domain/schema.ts'

/** A fact in one line, as the dashboard words it: label, value (in the article's words), period, company, source. */
export function FactSummary({
  fact,
  companies,
}: {
  fact: {
    label: string
    value: FactValue
    period: Pick<Period, 'value' | 'words' | 'yearInferred'> & { inferred?: boolean }
    company: string
    source: string
    metric?: string
  }
  companies: readonly Company[]
}) {
  const company = companies.find((c) => c.id === fact.company)?.name ?? fact.company
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm">
      <dt className="text-slate-600 dark:text-slate-400">Label</dt>
      <dd>{fact.label}</dd>
      <dt className="text-slate-600 dark:text-slate-400">Value</dt>
      <dd className="font-semibold">
        {formatValue(fact.value)}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">({fact.value.kind})</span>
      </dd>
      <dt className="text-slate-600 dark:text-slate-400">Period</dt>
      <dd>{formatPeriod(fact.period)}</dd>
      <dt className="text-slate-600 dark:text-slate-400">Company</dt>
      <dd>{company}</dd>
      {fact.metric && (
        <>
          <dt className="text-slate-600 dark:text-slate-400">Metric</dt>
          <dd>{fact.metric.replace(/_/g, ' ')}</dd>
        </>
      )}
      <dt className="text-slate-600 dark:text-slate-400">Source</dt>
      <dd>{fact.source}</dd>
    </dl>
  )
}
