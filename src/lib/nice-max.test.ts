import { expect, it } from 'vitest'
import { niceMax } from './nice-max'

it('rounds an axis maximum up to a round number', () => {
  expect(niceMax(18000)).toBe(20000)
  expect(niceMax(9000)).toBe(10000)
  expect(niceMax(24.2e9)).toBe(25e9)
  expect(niceMax(31)).toBe(50)
  expect(niceMax(100)).toBe(100)
  expect(niceMax(0)).toBe(1)
})
