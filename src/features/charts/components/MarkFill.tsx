import { useId } from 'react'
import type { FactValue } from '../../dataset/schema'
import type { MarkBox } from './ChartMark'

/**
 * A bar drawn so its kind of value shows without colour: solid when stated,
 * a dashed outline over a pale fill when derived, hatched when vague.
 */
export function MarkFill({ box, color, kind }: { box: MarkBox; color: string; kind: FactValue['kind'] }) {
  const patternId = useId()
  if (box.height <= 0 || box.width <= 0) return null
  if (kind === 'vague') {
    return (
      <>
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
          </pattern>
        </defs>
        <rect {...box} fill={`url(#${patternId})`} stroke={color} strokeWidth={1.5} strokeDasharray="4 3" />
      </>
    )
  }
  if (kind === 'derived') {
    return <rect {...box} fill={color} fillOpacity={0.25} stroke={color} strokeWidth={2} strokeDasharray="5 3" />
  }
  return <rect {...box} fill={color} rx={2} />
}
