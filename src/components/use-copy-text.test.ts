// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { copyStatusText, useCopyText } from './use-copy-text.ts'

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText && { writeText }, configurable: true })
}

function renderWithField(value: string) {
  const field = document.body.appendChild(document.createElement('input'))
  field.value = value
  return { field, hook: renderHook(() => useCopyText({ current: field })) }
}

afterEach(() => {
  document.body.replaceChildren()
  setClipboard(undefined)
})

describe('useCopyText', () => {
  it('copies to the clipboard and reports it for that text only', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    setClipboard(writeText)
    const { hook } = renderWithField('https://example.org/?company=aws')
    await act(() => hook.result.current.copy('https://example.org/?company=aws'))
    expect(writeText).toHaveBeenCalledWith('https://example.org/?company=aws')
    expect(hook.result.current.statusOf('https://example.org/?company=aws')).toBe('copied')
    // The view changed since: the confirmation does not carry over to the new link.
    expect(hook.result.current.statusOf('https://example.org/?company=azure')).toBe('idle')
  })

  it('selects the text in the field when the clipboard is refused', async () => {
    setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    const { field, hook } = renderWithField('the link')
    await act(() => hook.result.current.copy('the link'))
    expect(hook.result.current.statusOf('the link')).toBe('selected')
    expect(document.activeElement).toBe(field)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'the link'.length])
  })

  it('falls back the same way where there is no clipboard at all', async () => {
    const { field, hook } = renderWithField('the link')
    await act(() => hook.result.current.copy('the link'))
    expect(hook.result.current.statusOf('the link')).toBe('selected')
    expect(document.activeElement).toBe(field)
  })
})

describe('copyStatusText', () => {
  it('confirms a copy, explains the fallback naming what is selected, and says nothing before', () => {
    expect(copyStatusText('copied', 'link')).toBe('Copied to the clipboard.')
    expect(copyStatusText('selected', 'link')).toMatch(/blocked the clipboard: the link is selected, press Ctrl\+C/)
    expect(copyStatusText('idle', 'link')).toBe('')
  })
})
