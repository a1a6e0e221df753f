// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { setHydrating } from '../lib/hydrating.ts'
import { useClientValue } from './use-client-value.ts'

afterEach(() => setHydrating(false))

describe('useClientValue', () => {
  it('renders the value the markup was built with while a built page hydrates, then the browser’s', () => {
    setHydrating(true)
    const seen: string[] = []
    const read = () => 'https://example.org/dashboard/'
    renderHook(() => seen.push(useClientValue(read, './')))
    expect(seen[0]).toBe('./')
    expect(seen.at(-1)).toBe('https://example.org/dashboard/')
  })

  it('renders the browser’s value at once when no built page is being taken over', () => {
    const seen: string[] = []
    const read = () => 'https://example.org/'
    renderHook(() => seen.push(useClientValue(read, './')))
    expect(seen).not.toContain('./')
  })

  it('follows changes the subscription reports', () => {
    let value = 'narrow'
    let changed = () => {}
    const read = () => value
    const subscribe = (onChange: () => void) => {
      changed = onChange
      return () => (changed = () => {})
    }
    const { result } = renderHook(() => useClientValue(read, 'server', subscribe))
    expect(result.current).toBe('narrow')
    value = 'wide'
    act(() => changed())
    expect(result.current).toBe('wide')
  })
})
