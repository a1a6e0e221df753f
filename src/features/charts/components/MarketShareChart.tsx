import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { companyColor } from '../../../config/companies'
import { formatAmount } from '../../../lib/format'
import type { ChartPoint } from '../select-chart-data'
import { ChartMark } from './ChartMark'
import { axisTick } from './axis-tick'
import { MarkFill } from './MarkFill'

const ROW_HEIGHT = 44

/** The chart's height outside embeds and slides: one row per company. */
export const marketShareHeight = (rows: number) => rows * ROW_HEIGHT + 16

export interface MarketShareChartProps {
  points: ChartPoint[]
  /** Fill the parent's height (embeds, slides) instead of sizing to the rows. */
  fill?: boolean
}

function ShareBar(props: BarShapeProps) {
  const p = props.payload as ChartPoint
  const box = { x: props.x, y: props.y, width: props.width, height: props.height }
  const value = p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')
  const derived = p.kind === 'derived'
  return (
    <ChartMark factId={p.factId} label={`${p.name}: ${value}${derived ? ', derived' : ''}. Show sources`} box={box}>
      <MarkFill box={box} color={companyColor(p.companyId)} kind={p.kind} />
      <text
        x={box.x + box.width + 8}
        y={box.y + box.height / 2}
        dominantBaseline="central"
        fill="var(--chart-text)"
        fontSize={14}
      >
        <tspan fontWeight={600}>{value}</tspan>
        {derived && <tspan fontSize={12}> derived</tspan>}
      </text>
    </ChartMark>
  )
}

// Module-level, so Recharts sees the same shape on every render (see chart-selection.ts).
const renderShareBar = (props: BarShapeProps) => <ShareBar {...props} />
const nameTick = axisTick('end')

/** Horizontal bars, largest share first, each labelled with its value; derived shares say so. */
export function MarketShareChart({ points, fill }: MarketShareChartProps) {
  const max = Math.max(...points.map((p) => p.amount ?? 0), 1)
  return (
    <BarChart
      data={points}
      layout="vertical"
      responsive
      style={{ width: '100%', height: fill ? '100%' : marketShareHeight(points.length) }}
      margin={{ top: 8, right: 96, bottom: 8, left: 0 }}
      barCategoryGap="22%"
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={[0, max]} hide />
      <YAxis
        type="category"
        dataKey="name"
        width={136}
        // A fixed interval spares Recharts measuring every label in the DOM to thin them out.
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={nameTick}
      />
      <Bar dataKey="amount" shape={renderShareBar} isAnimationActive={false} />
    </BarChart>
  )
}
