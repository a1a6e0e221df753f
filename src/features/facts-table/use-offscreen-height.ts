import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react'

interface Drawn {
  head: number
  perRow: number
}

/** A table of `rows` rows, sized by the last drawing's header and its mean row. */
const heightFor = ({ head, perRow }: Drawn, rows: number) => Math.round(head + perRow * rows)

/**
 * The style of the box around a table that is not laid out while off-screen (content-visibility: auto), so that
 * a filter click does not pay for rows out of view. The box then keeps the height the table would have, taken
 * from the last time it was drawn: its header and its mean row, times the rows it now has. Until it has been
 * drawn once it is laid out as usual, so the first guess is a measurement. A guess that erred (too high or too
 * low) would change the page's height when the table is scrolled to, and a smooth scroll to the page's end
 * (End) under way would stop mid-table.
 */
export function useOffscreenHeight(table: RefObject<HTMLTableElement | null>, rows: number): CSSProperties {
  const [drawn, setDrawn] = useState<Drawn | null>(null)
  useLayoutEffect(() => {
    const el = table.current
    if (!el) return
    // Called only while the table is laid out: a skipped subtree is not observed.
    const observer = new ResizeObserver(() => {
      const drawnRows = el.tBodies[0]?.rows.length ?? 0
      const head = el.tHead?.offsetHeight ?? 0
      const height = el.offsetHeight
      if (height === 0 || drawnRows === 0) return
      const perRow = (height - head) / drawnRows
      setDrawn((old) => (old?.head === head && old.perRow === perRow ? old : { head, perRow }))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [table])
  if (!drawn) return { contentVisibility: 'visible' }
  return { containIntrinsicBlockSize: `${heightFor(drawn, rows)}px` }
}
