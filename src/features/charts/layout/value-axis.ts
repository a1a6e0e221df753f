import { textWidth } from '../../../lib/text-width.ts'
import { zeroBasedTicks } from '../../../lib/linear-ticks.ts'
import type { SceneRule, SceneText } from './scene.ts'
import { baselineBelow } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'

/** A zero-based linear scale from a domain top to a pixel range. */
export function linearScale(top: number, from: number, to: number) {
  return (value: number) => from + ((to - from) * value) / (top || 1)
}

/** Ticks for a value axis of `length` px, one label per `spacing` px at most. */
export function axisTicks(max: number, length: number, spacing: number) {
  return zeroBasedTicks(max, Math.floor(length / spacing))
}

/** A horizontal value axis under a plot: tick labels centred (the end ones kept inside) and vertical grid lines. */
export function bottomAxis(options: {
  ticks: number[]
  x: (value: number) => number
  top: number
  bottom: number
  width: number
  type: TypeLadder
  format: (value: number) => string
}): { texts: SceneText[]; rules: SceneRule[] } {
  const { ticks, x, top, bottom, width, type, format } = options
  const baseline = baselineBelow(bottom + type.wordBase * 0.25, type.axis)
  const texts = ticks.map((t): SceneText => {
    const text = format(t)
    const half = textWidth(text, type.axis) / 2
    const cx = Math.min(width - half, Math.max(half, x(t)))
    return { x: cx, y: baseline, text, size: type.axis, weight: 400, anchor: 'middle', tone: 'muted' }
  })
  const rules = ticks.map((t): SceneRule => ({
    x1: x(t),
    x2: x(t),
    y1: top,
    y2: bottom,
    tone: t === 0 ? 'axis' : 'grid',
  }))
  return { texts, rules }
}

/** A vertical value axis left of a plot: tick labels right-aligned and horizontal grid lines. */
export function leftAxis(options: {
  ticks: number[]
  y: (value: number) => number
  left: number
  right: number
  type: TypeLadder
  format: (value: number) => string
}): { texts: SceneText[]; rules: SceneRule[] } {
  const { ticks, y, left, right, type, format } = options
  const texts = ticks.map((t): SceneText => ({
    x: left - type.wordBase * 0.375,
    y: y(t) + type.axis * 0.35,
    text: format(t),
    size: type.axis,
    weight: 400,
    anchor: 'end',
    tone: 'muted',
  }))
  const rules = ticks.map((t): SceneRule => ({
    x1: left,
    x2: right,
    y1: y(t),
    y2: y(t),
    tone: t === 0 ? 'axis' : 'grid',
  }))
  return { texts, rules }
}
