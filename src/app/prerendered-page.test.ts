// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { keepEarlyClicks, replayEarlyClick, stopKeepingEarlyClicks } from './prerendered-page.ts'

function builtRoot() {
  const root = document.body.appendChild(document.createElement('div'))
  root.innerHTML = '<button type="button">AWS</button><a href="#sources">Sources</a>'
  const button = root.querySelector('button')!
  const link = root.querySelector('a')!
  const clicks: Element[] = []
  root.addEventListener('click', (e) => clicks.push(e.target as Element))
  return { root, button, link, clicks }
}

/** Clicks `el` as a reader would and says whether the browser's default action was left to happen. */
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))

describe('clicks on a built page before the app has it', () => {
  afterEach(() => {
    replayEarlyClick()
    document.body.replaceChildren()
  })

  it('holds a button’s click and gives it to the app once it has the page', () => {
    const { root, button, clicks } = builtRoot()
    keepEarlyClicks(root)
    expect(click(button)).toBe(false)
    stopKeepingEarlyClicks()
    expect(clicks).toEqual([button])
    replayEarlyClick()
    expect(clicks).toEqual([button, button])
  })

  it('holds a click on a chart’s mark, built as an image, and gives it to the mark', () => {
    const { root, clicks } = builtRoot()
    root.insertAdjacentHTML(
      'beforeend',
      '<svg><g class="chart-mark" role="img" aria-label="AWS: 31%" data-fact="share-aws"><circle r="6"/></g></svg>',
    )
    const mark = root.querySelector('[data-fact]')!
    keepEarlyClicks(root)
    expect(click(mark.querySelector('circle')!)).toBe(false)
    replayEarlyClick()
    expect(clicks.at(-1)).toBe(mark)
  })

  it('lets a link do what it does without the app, and does not click it again', () => {
    const { root, link, clicks } = builtRoot()
    keepEarlyClicks(root)
    expect(click(link)).toBe(true)
    replayEarlyClick()
    expect(clicks).toEqual([link])
  })

  it('drops a kept click whose button the app replaced', () => {
    const { root, button, clicks } = builtRoot()
    keepEarlyClicks(root)
    click(button)
    button.remove()
    replayEarlyClick()
    expect(clicks).toEqual([button])
  })
})
