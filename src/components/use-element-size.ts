import { startTransition, useLayoutEffect, useState, type RefObject } from 'react'
import { isHydrating } from '../lib/hydrating.ts'

export interface ElementSize {
  width: number
  height: number
}

/**
 * The element's border-box size, kept current by a ResizeObserver; null
 * until it is first measured (on the server, and in the render that hydrates).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = (width: number, height: number) =>
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }))
    const box = el.getBoundingClientRect()
    const first = () => update(Math.floor(box.width), Math.floor(box.height))
    // A built page is on screen already: laying it out again for the measured size need not block a tap.
    // Otherwise the size is set before the first paint, so no frame shows the unmeasured layout.
    if (isHydrating()) startTransition(first)
    else first()
    const observer = new ResizeObserver(([entry]) => {
      const { inlineSize, blockSize } = entry.borderBoxSize[0]
      update(Math.floor(inlineSize), Math.floor(blockSize))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}
