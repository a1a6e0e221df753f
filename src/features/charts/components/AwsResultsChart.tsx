import { useMemo } from 'react'
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { companyColor } from '../../../config/companies'
import { formatAmount } from '../../../lib/format'
import { formatPeriodKey } from '../../../lib/period'
import type { ResultsRow } from '../select-chart-data'
import { ChartMark } from './ChartMark'
import { axisTick } from './axis-tick'
import { MarkFill } from './MarkFill'
import { amountOf } from '../../dataset/format-fact'

export const RESULT_SERIES = [
  { key: 'revenue', label: 'Revenue', opacity: 1 },
  { key: 'operatingProfit', label: 'Operating profit', opacity: 0.7 },
] as const

type Series = (typeof RESULT_SERIES)[number]

export const RESULTS_CHART_HEIGHT = 240

// Narrower bars (many quarters) keep their value in the mark's name and the data table, not over the bar.
const MIN_LABELLED_WIDTH = 44
type Datum = {
  period: string
  row: ResultsRow
  single: boolean
  revenue: number | null
  operatingProfit: number | null
}

function ResultBar({ series, ...props }: BarShapeProps & { series: Series }) {
  const d = props.payload as Datum
  const fact = d.row[series.key]
  const amount = d[series.key]
  if (!fact || amount === null) return null
  const box = { x: props.x, y: props.y, width: props.width, height: props.height }
  const value = formatAmount(amount, 'USD')
  return (
    <ChartMark factId={fact.id} label={`${series.label}, ${d.period}: ${value}. Show sources`} box={box}>
      <g opacity={series.opacity}>
        <MarkFill box={box} color={companyColor('aws')} kind={fact.value.kind} />
      </g>
      {/* The full-strength outline keeps a lighter bar's edge at 3:1 against the card. */}
      {fact.value.kind === 'stated' && (
        <rect {...box} fill="none" stroke={companyColor('aws')} strokeWidth={2} rx={2} />
      )}
      {box.width >= MIN_LABELLED_WIDTH && (
        <text
          x={box.x + box.width / 2}
          y={box.y - 8}
          textAnchor="middle"
          fill="var(--chart-text)"
          fontSize={14}
          fontWeight={600}
        >
          {value}
        </text>
      )}
      {d.single && (
        <text
          x={box.x + box.width / 2}
          y={box.y + box.height + 18}
          textAnchor="middle"
          fill="var(--chart-axis)"
          fontSize={13}
        >
          {series.label}
        </text>
      )}
    </ChartMark>
  )
}

// Module-level, so Recharts sees the same shapes on every render (see chart-selection.ts).
const periodTick = axisTick('middle')
const RESULT_SHAPES = RESULT_SERIES.map((series) => (props: BarShapeProps) => <ResultBar {...props} series={series} />)

/** Revenue and operating profit side by side per quarter, each bar named and valued on the chart. */
export function AwsResultsChart({ rows, fill }: { rows: ResultsRow[]; fill?: boolean }) {
  const single = rows.length === 1
  const data = useMemo(
    (): Datum[] =>
      rows.map((row) => ({
        period: formatPeriodKey(row.period),
        row,
        single: rows.length === 1,
        revenue: row.revenue && amountOf(row.revenue.value),
        operatingProfit: row.operatingProfit && amountOf(row.operatingProfit.value),
      })),
    [rows],
  )
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: fill ? '100%' : RESULTS_CHART_HEIGHT }}
      margin={{ top: 28, right: 8, bottom: single ? 24 : 8, left: 8 }}
      barCategoryGap={single ? '18%' : '20%'}
      barGap={single ? 32 : 4}
      accessibilityLayer={false}
    >
      <XAxis dataKey="period" hide={single} interval={0} tick={periodTick} />
      <YAxis hide domain={[0, 'dataMax']} />
      {RESULT_SERIES.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} shape={RESULT_SHAPES[i]} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}
