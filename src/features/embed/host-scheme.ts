import { useEffect, useState } from 'react'
import { PALETTE } from '../../config/palette.ts'
import type { ThemeName } from '../theme/index.ts'

/** Message an embed posts to its parent once it runs: embed-resize.js answers with the host's colours. */
export const HELLO_MESSAGE = 'cloud-market-dashboard:hello'
export const HOST_MESSAGE = 'cloud-market-dashboard:host'

/** What the page around an embed looks like, as embed-resize.js reports it. */
export interface HostLook {
  /** The colour scheme the iframe element has on its page: the embed declares the same, so no backdrop is painted. */
  scheme: ThemeName
  /** The relative luminance of each colour behind the iframe (a gradient's stops), or of the page's canvas. */
  background: number[]
  /** Whether the script replays the keys the embed hands back (forward-keys.ts); older copies do not. */
  replaysKeys: boolean
}

const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** WCAG relative luminance of an `rgb()`, `rgba()` or `#rrggbb` colour; null for anything else or a see-through one. */
export function luminance(color: string): number | null {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(color)
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?/.exec(color)
  if (rgb?.[4] !== undefined && Number(rgb[4]) === 0) return null
  const channels = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb?.slice(1, 4).map(Number)
  if (!channels) return null
  const [r, g, b] = channels.map(linear)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** A page that paints no background shows its canvas: white, or the near-black browsers use in dark mode. */
const CANVAS = { light: luminance('#ffffff')!, dark: luminance('#121212')! }

/** WCAG 2 contrast ratio between two luminances. */
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/** Body text passes WCAG AA at this contrast. */
const LEGIBLE = 4.5

/** The palette's text against the worst of the colours behind it. */
function worstContrast(palette: ThemeName, background: readonly number[]): number {
  const text = luminance(PALETTE[palette].text)!
  return Math.min(...background.map((level) => contrast(text, level)))
}

/**
 * The palette a transparent embed draws in: the chosen theme where its text is legible on every colour
 * behind the iframe, else the one that reads better there (a dark chart dropped on a white page turns
 * dark-on-light rather than vanish). With no theme chosen, the better one.
 */
export function legiblePalette(chosen: ThemeName | null, look: HostLook): ThemeName {
  if (chosen && worstContrast(chosen, look.background) >= LEGIBLE) return chosen
  return worstContrast('dark', look.background) > worstContrast('light', look.background) ? 'dark' : 'light'
}

/** The host's look from embed-resize.js's message, or null for anything else. */
export function readHostLook(data: unknown): HostLook | null {
  if (!data || typeof data !== 'object') return null
  const { type, scheme, background, keys } = data as Record<string, unknown>
  if (type !== HOST_MESSAGE || (scheme !== 'light' && scheme !== 'dark') || !Array.isArray(background)) return null
  const levels = background.flatMap((c) => (typeof c === 'string' ? (luminance(c) ?? []) : []))
  return { scheme, background: levels.length ? levels : [CANVAS[scheme]], replaysKeys: keys === true }
}

/**
 * In an iframe, asks the page for its look (embed-resize.js answers, where the page kept it) and
 * returns the answer; null until then, or for good where the script was stripped. Only the parent
 * window's answer counts.
 */
export function useHostLook(): HostLook | null {
  const [look, setLook] = useState<HostLook | null>(null)
  useEffect(() => {
    if (window.parent === window) return
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return
      const read = readHostLook(event.data)
      if (read) setLook(read)
    }
    window.addEventListener('message', onMessage)
    // Which page embeds the chart is unknown, hence "*": the message says only that the embed runs.
    window.parent.postMessage({ type: HELLO_MESSAGE }, '*')
    return () => window.removeEventListener('message', onMessage)
  }, [])
  return look
}
