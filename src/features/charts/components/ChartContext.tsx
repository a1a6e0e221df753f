import type { Fact } from '../../dataset/schema'
import type { ChartModel } from '../chart-models'
import { FactButton } from './FactButton'
import { formatValue } from '../../dataset/format-fact'

interface ChartContextProps {
  model: ChartModel
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** The figures that frame a chart (total spending, the margin, the total of two waves), each opening its evidence. */
export function ChartContext({ model, selectedId, onSelect }: ChartContextProps) {
  const fact = (f: Fact, text = formatValue(f.value)) => (
    <FactButton
      selected={f.id === selectedId}
      onSelect={() => onSelect(f.id)}
      label={`${f.label}: ${text}. Show sources`}
    >
      {text}
    </FactButton>
  )
  const derivedTag = (
    <span className="ml-1 rounded bg-slate-100 px-1 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
      derived
    </span>
  )

  switch (model.id) {
    case 'market-share': {
      const { spending, spendingGrowth } = model.data ?? {}
      if (!spending && !spendingGrowth) return null
      return (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Total enterprise spending on cloud infrastructure services in the quarter:{' '}
          {spending ? fact(spending) : 'not reported'}
          {spendingGrowth && <>, up {fact(spendingGrowth)} year over year</>}.
        </p>
      )
    }
    case 'aws-results': {
      const margins = model.data.flatMap((r) => (r.margin ? [r.margin] : []))
      const latest = margins.at(-1)
      if (!latest || latest.value.kind !== 'derived') return null
      return (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Operating margin: {fact(latest)}
          {derivedTag} = operating profit ÷ revenue.
        </p>
      )
    }
    case 'layoffs':
      return (
        <div className="mt-2 space-y-2 text-sm text-slate-700 dark:text-slate-300">
          {model.data.totals.map((t) => (
            <p key={t.id}>
              {t.label}: {fact(t)} in total{t.period.words ? `, ${t.period.words}` : ''}.
            </p>
          ))}
          <ul
            aria-label="How counts are drawn"
            className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
          >
            <li>Solid bar: stated count</li>
            <li>Dashed outline: derived</li>
            <li>Hatched band: the sources’ words, read literally</li>
            <li>Open circle: count not reported</li>
          </ul>
        </div>
      )
  }
}
