import { useId } from 'react'
import { toHundredths, type Box, type MarkShape as Shape } from '../layout/scene.ts'
import type { FactValue } from '../../../domain/schema.ts'

export interface MarkShapeProps {
  shape: Shape
  kind: FactValue['kind']
  box: Box
  color: string
  /** The page colour, for the inside of an open circle. */
  surface: string
  secondary?: boolean
}

/**
 * A mark drawn so its kind of value shows without colour: solid when stated,
 * a dashed outline over a pale fill when derived, hatched when the articles
 * give only words, an open circle when they give no figure, a triangle up or down for a change
 * stated in words; on a dot plot a ring or a dot, dashed when derived.
 */
export function MarkShape({ shape, kind, box, color, surface, secondary }: MarkShapeProps) {
  const patternId = useId()
  if (box.height <= 0 || box.width <= 0) return null
  if (shape === 'up' || shape === 'down') {
    // A triangle as wide as it is tall, pointing the way the articles say the value went.
    const side = Math.min(box.width, box.height)
    const left = box.x + (box.width - side) / 2
    const top = box.y + (box.height - side) / 2
    const [tip, base] = shape === 'up' ? [top, top + side] : [top + side, top]
    return (
      <polygon
        data-mark-shape
        points={[left, base, left + side, base, left + side / 2, tip].map(toHundredths).join(' ')}
        fill={color}
        stroke={color}
        strokeWidth={1}
        strokeLinejoin="round"
      />
    )
  }
  if (shape === 'ring' || shape === 'dot') {
    // On a dot plot: an earlier quarter a ring, the latest a smaller dot, so equal values show both.
    const r = Math.min(box.width, box.height) / 2
    const dashed = kind === 'derived' ? '3 2' : undefined
    const ring = shape === 'ring'
    return (
      <circle
        data-mark-shape
        cx={toHundredths(box.x + box.width / 2)}
        cy={toHundredths(box.y + box.height / 2)}
        r={Math.max(1, ring ? r - 1 : r * 0.62)}
        fill={ring ? surface : color}
        fillOpacity={!ring && dashed ? 0.25 : undefined}
        stroke={ring || dashed ? color : undefined}
        strokeWidth={ring ? 2 : dashed ? 1.5 : undefined}
        strokeDasharray={dashed}
      />
    )
  }
  if (shape === 'open') {
    const r = Math.min(box.width, box.height) / 2
    return (
      <circle
        data-mark-shape
        cx={toHundredths(box.x + box.width / 2)}
        cy={toHundredths(box.y + box.height / 2)}
        r={Math.max(1, r - 1.25)}
        fill={surface}
        stroke={color}
        strokeWidth={2.5}
        strokeDasharray="3 2"
      />
    )
  }
  if (shape === 'band') {
    return (
      <g data-mark-shape>
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
          </pattern>
        </defs>
        <rect {...box} fill={`url(#${patternId})`} stroke={color} strokeWidth={1.5} strokeDasharray="4 3" />
      </g>
    )
  }
  if (kind === 'derived') {
    return <rect {...box} fill={color} fillOpacity={0.25} stroke={color} strokeWidth={2} strokeDasharray="5 3" />
  }
  // A lighter second series keeps a full-strength outline: its edge still has 3:1 against the card.
  return (
    <rect
      data-mark-shape
      {...box}
      rx={2}
      fill={color}
      fillOpacity={secondary ? 0.55 : undefined}
      stroke={secondary ? color : undefined}
      strokeWidth={secondary ? 2 : undefined}
    />
  )
}
