import { useEffect, useState, type RefObject } from 'react'
import { HEIGHT_MESSAGE } from './embed-links.ts'

/**
 * The height a responsive embed in `frame` reports (use-report-height.ts), as embed-resize.js reads
 * it on a host page: the dialog's preview takes it, so it shows what the code will. `initial` until then.
 */
export function useReportedHeight(frame: RefObject<HTMLIFrameElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial)
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null
      if (event.source !== frame.current?.contentWindow || data?.type !== HEIGHT_MESSAGE) return
      if (typeof data.height === 'number' && data.height > 0) setHeight(Math.ceil(data.height))
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [frame])
  return height
}
