import type { IgnoredParam } from './search-params.ts'

/** Values of one parameter ignored for one reason: the first few, and how many more. */
export interface IgnoredGroup {
  key: string
  reason: string
  values: string[]
  more: number
}

// A list cut to leave one out would say "and 1 more" where that one fits: up to one over, it is shown whole.
const shownOf = (length: number, max: number) => (length > max + 1 ? max : length)

/**
 * The ignored parameters as a short list: one line per parameter and reason,
 * in the order they first appear, each with its first `values` values (all of
 * them where there is one more); `groups` lines (all, where there is one more).
 * `hidden` counts the values on the lines left out.
 */
export function groupIgnored(
  ignored: readonly IgnoredParam[],
  { groups = 5, values = 3 }: { groups?: number; values?: number } = {},
): { shown: IgnoredGroup[]; hidden: number } {
  const byLine = new Map<string, { key: string; reason: string; all: string[] }>()
  for (const p of ignored) {
    const line = JSON.stringify([p.key, p.reason])
    const group = byLine.get(line) ?? { key: p.key, reason: p.reason, all: [] }
    group.all.push(p.value)
    byLine.set(line, group)
  }
  const lines = [...byLine.values()]
  const lineCount = shownOf(lines.length, groups)
  return {
    shown: lines.slice(0, lineCount).map(({ key, reason, all }) => {
      const valueCount = shownOf(all.length, values)
      return { key, reason, values: all.slice(0, valueCount), more: all.length - valueCount }
    }),
    hidden: lines.slice(lineCount).reduce((n, g) => n + g.all.length, 0),
  }
}
