import type { IgnoredParam } from './search-params.ts'

/** Values of one parameter ignored for one reason: the first few, and how many more. */
export interface IgnoredGroup {
  key: string
  reason: string
  values: string[]
  more: number
}

/**
 * The ignored parameters as a short list: one line per parameter and reason,
 * in the order they first appear, each with its first `values` values; at most
 * `groups` lines. `hidden` counts the values on the lines left out.
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
  return {
    shown: lines.slice(0, groups).map(({ key, reason, all }) => ({
      key,
      reason,
      values: all.slice(0, values),
      more: Math.max(0, all.length - values),
    })),
    hidden: lines.slice(groups).reduce((n, g) => n + g.all.length, 0),
  }
}
