import JSZip from 'jszip'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { zipPackage } from './zip-package.ts'

const files = new Map([
  ['datapackage.json', '{}\n'],
  ['facts.csv', '\ufefffact_id\r\nshare-aws'],
])

describe('zipPackage', () => {
  afterEach(() => vi.useRealTimers())

  it('keeps the files in one folder named after the package, as written', async () => {
    const zip = await JSZip.loadAsync(await zipPackage(files, '2024-04-10'))
    expect(Object.keys(zip.files).sort()).toEqual([
      'cloud-market-dashboard-data/datapackage.json',
      'cloud-market-dashboard-data/facts.csv',
    ])
    expect(await zip.file('cloud-market-dashboard-data/facts.csv')!.async('string')).toBe(files.get('facts.csv'))
  })

  it('gives the same bytes for the same data whenever it is built, so the file caches', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'))
    const first = await zipPackage(files, '2024-04-10')
    vi.setSystemTime(new Date('2031-06-15T23:59:59Z'))
    expect(await zipPackage(files, '2024-04-10')).toEqual(first)
  })
})
