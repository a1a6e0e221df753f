// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { FORWARDED_KEYS, KEY_MESSAGE, keyToForward } from './forward-keys.ts'

beforeEach(() => {
  document.body.innerHTML = `
    <p id="text">Source: Synergy Research Group</p>
    <svg><g id="mark" role="button" tabindex="0"></g></svg>
    <a id="link" href="#x">Full dashboard</a>
    <button id="button">Close</button>
    <input id="field"><select id="choice"><option>a</option></select>
    <div contenteditable="true"><span id="editable">x</span></div>`
})

/** What the embed makes of a key pressed with focus on `id`, after the embed's own handlers. */
function press(id: string, key: string, init: KeyboardEventInit & { prevented?: boolean } = {}) {
  let forwarded = null as ReturnType<typeof keyToForward>
  const target = document.getElementById(id)!
  const listen = (event: KeyboardEvent) => void (forwarded = keyToForward(event))
  if (init.prevented) target.addEventListener('keydown', (e) => e.preventDefault())
  window.addEventListener('keydown', listen)
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
  window.removeEventListener('keydown', listen)
  return forwarded
}

describe('keyToForward', () => {
  it.each(FORWARDED_KEYS)('hands “%s” back to the page from a place that does not use it', (key) => {
    expect(press('text', key, { code: 'Code', shiftKey: true })).toEqual({
      type: KEY_MESSAGE,
      key,
      code: 'Code',
      shiftKey: true,
      altKey: false,
      repeat: false,
    })
  })

  it('keeps every other key: Tab moves between marks, Enter selects one, letters are the reader’s', () => {
    for (const key of ['Tab', 'Enter', 'a', 'F', 'Backspace', 'Delete', 'F5'])
      expect(press('text', key), key).toBeNull()
  })

  it('keeps a key a handler of the embed took (the evidence popover’s Escape)', () => {
    expect(press('mark', 'Escape', { prevented: true })).toBeNull()
    expect(press('text', 'ArrowRight', { prevented: true })).toBeNull()
  })

  it('keeps Space where it presses what has focus, and hands it back from a link or text as a page would', () => {
    expect(press('mark', ' ')).toBeNull()
    expect(press('button', ' ')).toBeNull()
    expect(press('link', ' ')?.key).toBe(' ')
    // Arrows move nothing on a mark or a button: the deck's.
    expect(press('mark', 'ArrowRight')?.key).toBe('ArrowRight')
    expect(press('button', 'ArrowDown')?.key).toBe('ArrowDown')
  })

  it('keeps every key in a control that reads keys', () => {
    for (const id of ['field', 'choice', 'editable'])
      for (const key of ['ArrowLeft', ' ', 'Home', 'Escape']) expect(press(id, key), `${key} in ${id}`).toBeNull()
  })

  it('keeps the browser’s and the system’s shortcuts (Ctrl, Meta) and keys mid-composition', () => {
    expect(press('text', 'ArrowLeft', { ctrlKey: true })).toBeNull()
    expect(press('text', 'Home', { metaKey: true })).toBeNull()
    expect(press('text', 'ArrowDown', { isComposing: true })).toBeNull()
    expect(press('text', 'ArrowDown', { altKey: true })?.altKey).toBe(true)
  })
})
