import { useLayoutEffect, useState, type RefObject } from 'react'

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
    update(Math.floor(box.width), Math.floor(box.height))
    const observer = new ResizeObserver(([entry]) => {
      const { inlineSize, blockSize } = entry.borderBoxSize[0]
      update(Math.floor(inlineSize), Math.floor(blockSize))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}
