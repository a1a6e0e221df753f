import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts'

/**
 * Axis labels as plain SVG text. Recharts' own tick text measures each label
 * in the DOM to wrap it, which forces a page layout per label on every draw;
 * these labels are short enough not to need wrapping.
 */
export function axisTick(anchor: 'start' | 'middle' | 'end', format: (value: unknown) => string = String) {
  return function AxisTick({ x, y, payload }: XAxisTickContentProps | YAxisTickContentProps) {
    return (
      <text
        x={x}
        y={y}
        dx={anchor === 'end' ? -6 : 0}
        dy={anchor === 'middle' ? '1em' : '0.35em'}
        textAnchor={anchor}
        fill="var(--chart-axis)"
        fontSize={12}
      >
        {format(payload.value)}
      </text>
    )
  }
}
