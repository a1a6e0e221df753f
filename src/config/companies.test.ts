import { describe, expect, it } from 'vitest'
import { companySlots, KNOWN_COMPANY_SLOTS, SERIES_SLOTS } from './companies.ts'

const NEUTRAL = KNOWN_COMPANY_SLOTS.others
const known = Object.keys(KNOWN_COMPANY_SLOTS)

describe('companySlots', () => {
  it('keeps each known company in its own slot, wherever the dataset lists it', () => {
    const slots = companySlots(['oracle', ...known.toReversed()])
    for (const [id, slot] of Object.entries(KNOWN_COMPANY_SLOTS)) expect(slots.get(id)).toBe(slot)
  })

  it('gives companies an article adds the free slots in the dataset’s order, each its own', () => {
    // Ids that a colour chosen by a hash of the id put in one slot.
    const added = ['oracle', 'alibaba-cloud']
    const slots = companySlots([...known, ...added])
    // The two slots no known company has: 7 and 8 of the eight.
    expect(added.map((id) => slots.get(id))).toEqual([7, 8])
    expect(new Set(slots.values()).size).toBe(slots.size)
    expect(SERIES_SLOTS).toHaveLength(8)
  })

  it('never recolours a company when a later article adds another', () => {
    const before = companySlots([...known, 'oracle'])
    const after = companySlots([...known, 'oracle', 'ibm', 'alibaba-cloud'])
    for (const [id, slot] of before) expect(after.get(id)).toBe(slot)
  })

  it('draws the companies past the free slots in the other providers’ grey, shared by them all, not in a colour of its own', () => {
    const added = ['oracle', 'alibaba-cloud', 'ibm', 'tencent-cloud']
    const slots = companySlots([...known, ...added])
    const beyond = added.slice(2)
    expect(beyond.map((id) => slots.get(id))).toEqual(beyond.map(() => NEUTRAL))
    const named = [...slots].filter(([id]) => !beyond.includes(id) && id !== 'others').map(([, s]) => s)
    expect(named).not.toContain(NEUTRAL)
  })
})
