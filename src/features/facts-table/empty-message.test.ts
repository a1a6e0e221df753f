import { describe, expect, it } from 'vitest'
import { emptyMessage } from './empty-message.ts'

describe('emptyMessage', () => {
  it('blames the filters when they leave no facts, whatever the search', () => {
    for (const query of ['', 'aws']) {
      expect(emptyMessage({ query, underFilters: 0, filtersExclude: true, matchingWithoutFilters: 3 })).toBe(
        'No facts match the current filters.',
      )
    }
  })

  it('blames the search alone when no filter is on', () => {
    expect(emptyMessage({ query: ' zzz ', underFilters: 20, filtersExclude: false, matchingWithoutFilters: 0 })).toBe(
      'No facts match “zzz”.',
    )
  })

  it('says how many facts the search finds outside the filters', () => {
    expect(emptyMessage({ query: 'azure', underFilters: 5, filtersExclude: true, matchingWithoutFilters: 1 })).toBe(
      'No facts match “azure” under the current filters; 1 does without them.',
    )
    expect(emptyMessage({ query: 'azure', underFilters: 5, filtersExclude: true, matchingWithoutFilters: 1200 })).toBe(
      'No facts match “azure” under the current filters; 1,200 do without them.',
    )
  })

  it('says when the search finds nothing with or without the filters', () => {
    expect(emptyMessage({ query: 'zzz', underFilters: 5, filtersExclude: true, matchingWithoutFilters: 0 })).toBe(
      'No facts match “zzz”, with or without the filters.',
    )
  })
})
