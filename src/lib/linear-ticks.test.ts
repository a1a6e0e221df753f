import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zeroBasedTicks } from './linear-ticks.ts'

describe('zeroBasedTicks', () => {
  it.each([
    [18000, 6, 20000, 5000],
    [24.2e9, 6, 25e9, 5e9],
    [31, 6, 40, 10],
    [100, 6, 100, 20],
    [0.42, 6, 0.5, 0.1],
  ])('rounds an axis of %d (at most %d ticks) up to %d in steps of %d', (max, maxTicks, top, step) => {
    const axis = zeroBasedTicks(max, maxTicks)
    expect(axis.top).toBe(top)
    expect(axis.ticks[1] - axis.ticks[0]).toBeCloseTo(step)
  })

  it('draws fewer ticks on a short axis, and never fewer than two', () => {
    expect(zeroBasedTicks(18000, 3).ticks).toEqual([0, 10000, 20000])
    expect(zeroBasedTicks(18000, 0).ticks).toEqual([0, 20000])
  })

  it.each([
    [27000, 30000],
    [34, 40],
    [24.2, 30],
    [0.34, 0.4],
    [0.3, 0.3],
    [9000, 9000],
    [0.07, 0.07],
    [0.0001, 0.0001],
  ])('ends an axis of two ticks, %d, at the next round number, %d, not nearly twice it', (max, top) => {
    expect(zeroBasedTicks(max, 2)).toEqual({ top, ticks: [0, top] })
  })

  it('keeps the middle tick only where it costs no length: 24.2 on three ticks is 0–30, not 0–20–40', () => {
    expect(zeroBasedTicks(24.2, 3).ticks).toEqual([0, 30])
    expect(zeroBasedTicks(31, 3).ticks).toEqual([0, 20, 40])
  })

  it('gives an empty or negative axis a top of 1', () => {
    expect(zeroBasedTicks(0, 6).top).toBe(1)
    expect(zeroBasedTicks(-5, 6).top).toBe(1)
  })

  it('starts at 0, ends at a round top at or above the maximum, with at most maxTicks evenly spaced round ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 12 }), (max, n) => {
        const { top, ticks } = zeroBasedTicks(max, n)
        expect(ticks[0]).toBe(0)
        expect(ticks.at(-1)).toBe(top)
        expect(top).toBeGreaterThanOrEqual(max)
        expect(ticks.length).toBeLessThanOrEqual(n)
        const step = ticks[1] - ticks[0]
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9)
        // Between ticks, 1, 2 or 5 × 10ⁿ; a top that is the only step, any one digit × 10ⁿ.
        const round = ticks.length > 2 ? [1, 2, 5] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        expect(round.some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true)
        // No further above the maximum than one unit of its first digit (30,000 at most for 27,000).
        expect(top).toBeLessThanOrEqual(max + 10 ** Math.floor(Math.log10(max)) + 1e-9 * top)
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6))
      }),
    )
  })
})
