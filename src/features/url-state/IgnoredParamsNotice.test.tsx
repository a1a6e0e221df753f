// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import IgnoredParamsNotice from './IgnoredParamsNotice.tsx'
import { ignoredParams, searchParams } from './search-params.ts'

afterEach(cleanup)

/** Markup a hostile link might carry in any parameter. */
const PAYLOADS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">']
// Every parameter the app reads except q (any text is a valid search, shown in the search box as typed), and
// one it does not know.
const KEYS = [...Object.keys(searchParams).filter((k) => k !== 'q'), 'note']

const renderFor = (query: string) =>
  render(<IgnoredParamsNotice ignored={ignoredParams(new URLSearchParams(query))} />).container

describe('the ignored-parameters notice', () => {
  describe.each(KEYS)('markup in the %s parameter', (key) => {
    it.each(PAYLOADS)('is listed as text, never parsed: %s', (payload) => {
      const box = renderFor(`?${key}=${encodeURIComponent(payload)}`)
      const item = within(box).getByRole('listitem')
      expect(item.textContent).toContain(`${key}=${payload}`)
      expect(item.textContent).toMatch(key === 'note' ? /unknown parameter$/ : /not a valid value$/)
      expect(box.querySelectorAll('script, img')).toHaveLength(0)
    })
  })

  it('shows 2,000 junk values of one parameter as one line: the first three and how many more', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => ({
      key: 'company',
      value: `x${i}`,
      reason: 'not in this dataset',
    }))
    render(<IgnoredParamsNotice ignored={junk} />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0].textContent).toBe('company=x0, x1, x2 and 1,997 more: not in this dataset')
    expect(screen.getByRole('status').textContent).toContain('next change')
  })

  it('goes when dismissed, and stays away until the list changes', () => {
    const once = [{ key: 'foo', value: 'bar', reason: 'unknown parameter' }]
    const { rerender } = render(<IgnoredParamsNotice ignored={once} />)
    act(() => fireEvent.click(screen.getByRole('button', { name: /^Dismiss/ })))
    expect(screen.queryByRole('status')).toBeNull()
    rerender(<IgnoredParamsNotice ignored={[...once]} />)
    expect(screen.queryByRole('status')).toBeNull()
    rerender(
      <IgnoredParamsNotice ignored={[...once, { key: 'utm_source', value: 'mail', reason: 'unknown parameter' }]} />,
    )
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('says nothing when nothing was ignored', () => {
    expect(renderFor('?company=aws&theme=dark').childElementCount).toBe(0)
  })
})
