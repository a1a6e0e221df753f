import { useEffect, type RefObject } from 'react'
import { HEIGHT_MESSAGE } from './embed-links.ts'

/**
 * In a responsive embed, tells the parent page how tall the content is, so
 * embed-resize.js can size the iframe to fit instead of a fixed guess.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const el = ref.current
    if (!enabled || !el || window.parent === window) return
    // The height is not secret and the host's origin is unknown, hence "*".
    const report = () =>
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height: el.getBoundingClientRect().height }, '*')
    const observer = new ResizeObserver(report)
    observer.observe(el)
    report()
    return () => observer.disconnect()
  }, [ref, enabled])
}
