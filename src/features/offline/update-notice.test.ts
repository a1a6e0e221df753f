// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { showUpdateNotice, UPDATE_MESSAGE } from './update-notice.ts'

const buttonNamed = (box: HTMLElement, name: string) =>
  [...box.querySelectorAll('button')].find((b) => b.textContent === name)!

afterEach(() => document.body.replaceChildren())

describe('showUpdateNotice', () => {
  it('says a newer version is there, politely', () => {
    const box = showUpdateNotice(() => Promise.resolve())
    expect(box.getAttribute('role')).toBe('status')
    expect(box.textContent).toContain(UPDATE_MESSAGE)
    expect(document.body.contains(box)).toBe(true)
  })

  it('hands over to the new build on Reload, and says it is reloading', () => {
    const reload = vi.fn(() => new Promise<void>(() => {}))
    const box = showUpdateNotice(reload)
    buttonNamed(box, 'Reload').click()
    expect(reload).toHaveBeenCalledOnce()
    const busy = buttonNamed(box, 'Reloading…')
    expect(busy.disabled).toBe(true)
  })

  it('offers Reload again when the hand-over fails', async () => {
    const box = showUpdateNotice(() => Promise.reject(new Error('no worker')))
    buttonNamed(box, 'Reload').click()
    await vi.waitFor(() => expect(buttonNamed(box, 'Reload').disabled).toBe(false))
  })

  it('goes away on "Not now" without reloading', () => {
    const reload = vi.fn(() => Promise.resolve())
    const box = showUpdateNotice(reload)
    buttonNamed(box, 'Not now').click()
    expect(document.body.contains(box)).toBe(false)
    expect(reload).not.toHaveBeenCalled()
  })

  it('is shown once however often the update is announced', () => {
    const first = showUpdateNotice(() => Promise.resolve())
    expect(showUpdateNotice(() => Promise.resolve())).toBe(first)
    expect(document.querySelectorAll('[role="status"]')).toHaveLength(1)
  })
})
