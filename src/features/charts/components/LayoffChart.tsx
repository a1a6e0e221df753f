import { useMemo } from 'react'
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps, type XAxisTickContentProps } from 'recharts'
import { companyColor } from '../../../config/companies'
import { formatAmount } from '../../../lib/format'
import { niceMax } from '../../../lib/nice-max'

import type { LayoffPoint } from '../select-chart-data'
import { ChartMark } from './ChartMark'
import { axisTick } from './axis-tick'
import { MarkFill } from './MarkFill'
import { formatPeriod, formatValue } from '../../dataset/format-fact'

type Datum = LayoffPoint & { bar: number | [number, number] }

export const LAYOFF_CHART_HEIGHT = 280
const UNKNOWN_MARKER_RADIUS = 8
// Narrower bars (many waves) keep their value in the mark's name and the data table, not over the bar.
const MIN_LABELLED_WIDTH = 44

/**
 * The words a wave is labelled with: its count, the sources' first wording
 * of a vague count (the evidence panel lists them all), or "not reported".
 */
function waveValueLabel(w: LayoffPoint): string {
  const value = w.fact.value
  if (value.kind === 'unknown') return 'not reported'
  if (value.kind === 'vague') return `“${value.words[0]}”`
  if (w.amount === null) return formatValue(value)
  return formatAmount(w.amount, 'people') + (w.kind === 'derived' ? ' derived' : '')
}

function WaveBar(props: BarShapeProps) {
  const w = props.payload as Datum
  const cx = props.x + props.width / 2
  const baseline = props.y + props.height
  const unknown = w.kind === 'unknown'
  const box = unknown
    ? { x: cx - 12, y: baseline - 2 * UNKNOWN_MARKER_RADIUS - 4, width: 24, height: 2 * UNKNOWN_MARKER_RADIUS + 4 }
    : { x: props.x, y: props.y, width: props.width, height: props.height }
  const color = companyColor(w.companyId)
  const spoken = `${formatValue(w.fact.value)}${w.kind === 'derived' ? ', derived' : ''}`
  return (
    <ChartMark
      factId={w.factId}
      label={`${w.label}, ${formatPeriod(w.fact.period)}: ${spoken}. Show sources`}
      box={box}
    >
      {unknown ? (
        <circle
          cx={cx}
          cy={baseline - UNKNOWN_MARKER_RADIUS - 2}
          r={UNKNOWN_MARKER_RADIUS}
          fill="var(--surface)"
          stroke={color}
          strokeWidth={2.5}
          strokeDasharray="3 2"
        />
      ) : (
        <MarkFill box={box} color={color} kind={w.kind} />
      )}
      {props.width >= MIN_LABELLED_WIDTH && (
        <text x={cx} y={box.y - 8} textAnchor="middle" fill="var(--chart-text)" fontSize={13} fontWeight={600}>
          {waveValueLabel(w)}
        </text>
      )}
    </ChartMark>
  )
}

// Module-level, so Recharts sees the same shape on every render (see chart-selection.ts).
const renderWaveBar = (props: BarShapeProps) => <WaveBar {...props} />
const countTick = axisTick('end', (v) => formatAmount(Number(v), 'people'))

/**
 * Layoff waves in time order. Exact counts are solid bars, derived ones
 * dashed, vague ones a hatched band over the literal reading of the words,
 * and an unreported count an open marker on the baseline: nothing unknown
 * is drawn as if it were measured.
 */
export function LayoffChart({ waves, fill }: { waves: LayoffPoint[]; fill?: boolean }) {
  const data = useMemo((): Datum[] => waves.map((w) => ({ ...w, bar: w.range ?? w.amount ?? 0 })), [waves])
  const top = niceMax(Math.max(...waves.map((w) => w.range?.[1] ?? w.amount ?? 0)))
  const renderTick = ({ x, y, payload }: XAxisTickContentProps) => {
    const w = data.find((d) => d.factId === payload.value)
    if (!w) return <g />
    return (
      <text x={x} y={Number(y) + 14} textAnchor="middle" fill="var(--chart-axis)" fontSize={12}>
        <tspan x={x}>{formatPeriod(w.fact.period)}</tspan>
        <tspan x={x} dy={15}>
          {w.name}
        </tspan>
      </text>
    )
  }
  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: fill ? '100%' : LAYOFF_CHART_HEIGHT }}
      margin={{ top: 28, right: 16, bottom: 8, left: 8 }}
      barCategoryGap="28%"
      accessibilityLayer={false}
    >
      <XAxis dataKey="factId" interval={0} height={44} tick={renderTick} tickLine={false} stroke="var(--chart-grid)" />
      <YAxis
        width={56}
        domain={[0, top]}
        ticks={[0, top / 4, top / 2, (3 * top) / 4, top]}
        interval={0}
        tick={countTick}
        axisLine={false}
        tickLine={false}
      />
      <Bar dataKey="bar" shape={renderWaveBar} isAnimationActive={false} />
    </BarChart>
  )
}
