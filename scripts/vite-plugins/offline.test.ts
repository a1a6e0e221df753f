import { describe, expect, it } from 'vitest'
import { NOT_THE_APP, offlineEnabled } from './offline.ts'

describe('offlineEnabled', () => {
  it('is on unless the build is told otherwise', () => {
    expect(offlineEnabled(undefined)).toBe(true)
    expect(offlineEnabled('')).toBe(true)
    expect(offlineEnabled('true')).toBe(true)
  })

  it('is off for false, 0, off or no, in any case', () => {
    for (const value of ['false', 'FALSE', '0', 'off', ' no ']) expect(offlineEnabled(value)).toBe(false)
  })
})

describe('NOT_THE_APP (navigations the service worker leaves to the server)', () => {
  it('lets the app answer its own views, at the root or a sub-path, whatever the query says', () => {
    for (const path of [
      '/',
      '/dashboards/cloud/',
      '/dashboards/cloud/?view=present&slide=2',
      '/?view=embed&chart=market-share&theme=dark',
      '/dashboards/cloud/index.html?view=embed',
      '/?q=a.b',
    ])
      expect(path).not.toMatch(NOT_THE_APP)
  })

  it('leaves files to the server', () => {
    for (const path of ['/robots.txt', '/dashboards/cloud/og-market-share.png', '/data/dataset.json?v=2'])
      expect(path).toMatch(NOT_THE_APP)
  })
})
