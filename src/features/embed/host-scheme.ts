import { useEffect, useState } from 'react'
import type { ThemeName } from '../theme/index.ts'

/** Message an embed posts to its parent once it runs: embed-resize.js answers with the host's colours. */
const HELLO_MESSAGE = 'cloud-market-dashboard:hello'
const HOST_MESSAGE = 'cloud-market-dashboard:host'

/** What the page around an embed looks like, as embed-resize.js reports it. */
export interface HostLook {
  /** The colour scheme the iframe element has on its page: the embed declares the same, so no backdrop is painted. */
  scheme: ThemeName
  /** The palette legible on the page's background. */
  palette: ThemeName
}

const channel = (s: string) => Number(s) / 255
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** WCAG relative luminance of an `rgb()`/`rgba()` colour, or null for anything else. */
function luminance(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color)
  if (!m) return null
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => linear(channel(v)))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

// Dark text (slate-900) and light text (slate-100) read equally well on a background of this luminance.
const EVEN_LUMINANCE = 0.18

/**
 * The host's look from embed-resize.js's message, or null for anything else. The palette follows the
 * background behind the iframe (for a gradient, its darkest and lightest stops must both be legible:
 * the mean decides); with no background painted, the page's canvas in its scheme.
 */
function readHostLook(data: unknown): HostLook | null {
  if (!data || typeof data !== 'object') return null
  const { type, scheme, background } = data as Record<string, unknown>
  if (type !== HOST_MESSAGE || (scheme !== 'light' && scheme !== 'dark') || !Array.isArray(background)) return null
  const levels = background.flatMap((c) => (typeof c === 'string' ? (luminance(c) ?? []) : []))
  if (!levels.length) return { scheme, palette: scheme }
  const mean = levels.reduce((a, b) => a + b, 0) / levels.length
  return { scheme, palette: mean < EVEN_LUMINANCE ? 'dark' : 'light' }
}

/**
 * In an iframe, asks the page for its look (embed-resize.js answers, where the page kept it) and
 * returns the answer; null until then, or for good where the script was stripped. Only the parent
 * window's answer counts.
 */
function useHostLook(): HostLook | null {
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

/**
 * A transparent embed takes the palette legible on the host's background and declares the host's colour
 * scheme, so the browser paints no backdrop behind it. (Without the script, index.css declares the
 * palette's own scheme: where the host's differs, the browser's backdrop is in the palette's colours,
 * so the text stays legible though the frame is then not see-through.)
 */
export function useHostPalette(transparent: boolean) {
  const look = useHostLook()
  useEffect(() => {
    if (!transparent || !look) return
    const root = document.documentElement
    root.classList.toggle('dark', look.palette === 'dark')
    root.style.colorScheme = look.scheme
  }, [transparent, look])
}
