// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest'
import { downloadBlob } from './download.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

it('clicks a temporary download link to an object URL, then removes it and revokes the URL', () => {
  vi.useFakeTimers()
  const blob = new Blob(['a,b\r\n'], { type: 'text/csv' })
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export')
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  const clicked: HTMLAnchorElement[] = []
  const onClick = (e: MouseEvent) => {
    const link = e.target as HTMLAnchorElement
    expect(link.isConnected).toBe(true)
    clicked.push(link)
    // jsdom cannot navigate; a browser would start the download here.
    e.preventDefault()
  }
  document.addEventListener('click', onClick)

  downloadBlob(blob, 'cloud-market-share-2023-Q4.csv')
  document.removeEventListener('click', onClick)

  expect(URL.createObjectURL).toHaveBeenCalledWith(blob)
  expect(clicked).toHaveLength(1)
  expect(clicked[0].getAttribute('href')).toBe('blob:export')
  expect(clicked[0].download).toBe('cloud-market-share-2023-Q4.csv')
  expect(clicked[0].isConnected).toBe(false)
  expect(revoke).not.toHaveBeenCalled()
  vi.runAllTimers()
  expect(revoke).toHaveBeenCalledWith('blob:export')
})
