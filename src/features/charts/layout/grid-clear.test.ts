import { describe, expect, it } from 'vitest'
import { gridClearOfTexts, gridThroughTexts, type SceneRule, type SceneText } from './scene.ts'

const text = (x: number, y: number, anchor: SceneText['anchor'] = 'middle'): SceneText => ({
  x,
  y,
  text: '27,000',
  size: 10,
  weight: 700,
  anchor,
  tone: 'strong',
})
const vertical: SceneRule = { x1: 50, y1: 0, x2: 50, y2: 100, tone: 'grid' }
const horizontal: SceneRule = { x1: 0, y1: 47, x2: 100, y2: 47, tone: 'grid' }

describe('gridClearOfTexts', () => {
  // A 10 px text on the baseline 50 covers 42 to 52.5 down the page (its ascent and descent).
  it('breaks a vertical grid line around a text it crosses, 2 px clear of it', () => {
    expect(gridClearOfTexts([vertical], [text(50, 50)])).toEqual([
      { ...vertical, y1: 0, y2: 40 },
      { ...vertical, y1: 54.5, y2: 100 },
    ])
  })

  it('breaks a horizontal one the same way, along its length', () => {
    const [left, right] = gridClearOfTexts([horizontal], [text(50, 50)])
    expect(left.x1).toBe(0)
    expect(left.x2).toBeLessThan(50)
    expect(right.x1).toBeGreaterThan(50)
    expect(right.x2).toBe(100)
  })

  it('leaves whole a grid line no text crosses, and an axis line whatever crosses it', () => {
    const axis: SceneRule = { ...vertical, tone: 'axis' }
    expect(gridClearOfTexts([vertical, axis], [text(200, 50, 'start')])).toEqual([vertical, axis])
    expect(gridClearOfTexts([axis], [text(50, 50)])).toEqual([axis])
  })

  it('leaves no grid line through a text, as the frame’s properties check', () => {
    const texts = [text(50, 50), text(50, 80)]
    expect(gridThroughTexts({ rules: [vertical], texts })).toHaveLength(2)
    expect(gridThroughTexts({ rules: gridClearOfTexts([vertical], texts), texts })).toEqual([])
  })
})
