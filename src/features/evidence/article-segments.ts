export interface Segment {
  text: string
  marked: boolean
}

export interface Range {
  start: number
  end: number
}

/**
 * Splits an article into paragraphs (one per non-empty line) and each
 * paragraph into plain and marked segments, marking the given character ranges.
 */
export function segmentArticle(text: string, ranges: readonly Range[]): Segment[][] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const paragraphs: Segment[][] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const start = offset
    const end = start + line.length
    offset = end + 1
    if (!line.trim()) continue
    const segments: Segment[] = []
    let at = start
    for (const r of sorted) {
      const from = Math.max(r.start, at)
      const to = Math.min(r.end, end)
      if (from >= to) continue
      if (from > at) segments.push({ text: text.slice(at, from), marked: false })
      segments.push({ text: text.slice(from, to), marked: true })
      at = to
    }
    if (at < end) segments.push({ text: text.slice(at, end), marked: false })
    paragraphs.push(segments)
  }
  return paragraphs
}
