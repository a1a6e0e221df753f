import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { companyColor } from '../../../config/companies'
import { formatAmount } from '../../../lib/format'
import { formatPeriodKey } from '../../../lib/period'
import type { ResultsRow } from '../select-chart-data'
import { ChartMark } from './ChartMark'
import { MarkFill } from './MarkFill'

export const RESULT_SERIES = [
  { key: 'revenue', label: 'Revenue', opacity: 1 },
  { key: 'operatingProfit', label: 'Operating profit', opacity: 0.55 },
] as const

type Datum = { period: string; row: ResultsRow; revenue: number | null; operatingProfit: number | null }

export interface AwsResultsChartProps {
  rows: ResultsRow[]
  selectedId: string | null
  onSelect: (factId: string) => void
  fill?: boolean
}

/** Revenue and operating profit side by side per quarter, each bar named and valued on the chart. */
export function AwsResultsChart({ rows, selectedId, onSelect, fill }: AwsResultsChartProps) {
  const data: Datum[] = rows.map((row) => ({
    period: formatPeriodKey(row.period),
    row,
    revenue: row.revenue && 'amount' in row.revenue.value ? row.revenue.value.amount : null,
    operatingProfit: row.operatingProfit && 'amount' in row.operatingProfit.value ? row.operatingProfit.value.amount : null,
  }))
  const bar = (series: (typeof RESULT_SERIES)[number]) =>
    function ResultBar(props: BarShapeProps) {
      const d = props.payload as Datum
      const fact = d.row[series.key]
      if (!fact || d[series.key] === null) return null
      const box = { x: props.x, y: props.y, width: props.width, height: props.height }
      const value = formatAmount(d[series.key]!, 'USD')
      return (
        <ChartMark
          label={`${series.label}, ${d.period}: ${value}. Show sources`}
          selected={fact.id === selectedId}
          onSelect={() => onSelect(fact.id)}
          box={box}
        >
          <g opacity={series.opacity}>
            <MarkFill box={box} color={companyColor('aws')} kind={fact.value.kind} />
          </g>
          <text x={box.x + box.width / 2} y={box.y - 8} textAnchor="middle" fill="var(--chart-text)" fontSize={14} fontWeight={600}>
            {value}
          </text>
          {rows.length === 1 && (
            <text x={box.x + box.width / 2} y={box.y + box.height + 18} textAnchor="middle" fill="var(--chart-axis)" fontSize={13}>
              {series.label}
            </text>
          )}
        </ChartMark>
      )
    }
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: fill ? '100%' : 240 }}
      margin={{ top: 28, right: 8, bottom: rows.length === 1 ? 24 : 8, left: 8 }}
      barCategoryGap={rows.length === 1 ? '18%' : '20%'}
      barGap={rows.length === 1 ? 32 : 4}
      accessibilityLayer={false}
    >
      <XAxis dataKey="period" hide={rows.length === 1} tick={{ fill: 'var(--chart-axis)', fontSize: 12 }} />
      <YAxis hide domain={[0, 'dataMax']} />
      {RESULT_SERIES.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} shape={bar(s)} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}
