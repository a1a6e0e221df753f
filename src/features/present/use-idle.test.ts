// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDLE_MS, useIdle } from './use-idle.ts'

describe('useIdle', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('turns idle once the pointer and the keyboard have been left alone long enough, not before', () => {
    const { result } = renderHook(() => useIdle())
    expect(result.current).toBe(false)
    act(() => void vi.advanceTimersByTime(IDLE_MS - 1))
    expect(result.current).toBe(false)
    act(() => void vi.advanceTimersByTime(1))
    expect(result.current).toBe(true)
  })

  it.each(['pointermove', 'pointerdown', 'focusin'])('wakes on %s, and waits again from it', (type) => {
    const { result } = renderHook(() => useIdle())
    act(() => void vi.advanceTimersByTime(IDLE_MS))
    act(() => void window.dispatchEvent(new Event(type)))
    expect(result.current).toBe(false)
    act(() => void vi.advanceTimersByTime(IDLE_MS - 1))
    expect(result.current).toBe(false)
    act(() => void vi.advanceTimersByTime(1))
    expect(result.current).toBe(true)
  })

  it('stays idle through the keys that change slides: a clicker does not bring the buttons back over each slide', () => {
    const { result } = renderHook(() => useIdle())
    act(() => void vi.advanceTimersByTime(IDLE_MS))
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' })))
    expect(result.current).toBe(true)
  })
})
