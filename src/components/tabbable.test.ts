// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { tabbables, wrapTab } from './tabbable.ts'

// jsdom lays nothing out, so every element counts as shown here; hidden ones are left to the e2e tests.
beforeEach(() => {
  document.body.innerHTML = `
    <button id="outside">Outside</button>
    <div id="root">
      <h2 id="heading" tabindex="-1">Heading</h2>
      <button id="first">First</button>
      <button id="off" disabled>Disabled</button>
      <a id="no-href">Not a link</a>
      <input id="field" />
      <div inert><button id="inert">Inert</button></div>
      <a id="last" href="#x">Last</a>
    </div>`
})

const root = () => document.getElementById('root')!
const focus = (id: string) => document.getElementById(id)!.focus()
const tab = (shiftKey = false) => {
  let prevented = false
  const moved = wrapTab(root(), { key: 'Tab', shiftKey, preventDefault: () => (prevented = true) })
  expect(prevented).toBe(moved)
  return moved
}

describe('tabbables', () => {
  it('lists enabled, reachable controls in document order', () => {
    expect(tabbables(root()).map((el) => el.id)).toEqual(['first', 'field', 'last'])
  })
})

describe('wrapTab', () => {
  it('wraps Tab from the last stop to the first', () => {
    focus('last')
    expect(tab()).toBe(true)
    expect(document.activeElement?.id).toBe('first')
  })

  it('wraps Shift+Tab from the first stop, or from the heading before it, to the last', () => {
    focus('first')
    expect(tab(true)).toBe(true)
    expect(document.activeElement?.id).toBe('last')
    focus('heading')
    expect(tab(true)).toBe(true)
    expect(document.activeElement?.id).toBe('last')
  })

  it('leaves moves between stops to the browser', () => {
    focus('first')
    expect(tab()).toBe(false)
    focus('heading')
    expect(tab()).toBe(false)
    focus('last')
    expect(tab(true)).toBe(false)
    expect(document.activeElement?.id).toBe('last')
  })

  it('brings the focus back in from outside', () => {
    focus('outside')
    expect(tab()).toBe(true)
    expect(document.activeElement?.id).toBe('first')
    focus('outside')
    expect(tab(true)).toBe(true)
    expect(document.activeElement?.id).toBe('last')
  })

  it('ignores other keys', () => {
    focus('last')
    expect(wrapTab(root(), { key: 'Enter', shiftKey: false, preventDefault: () => {} })).toBe(false)
  })
})
