import { barColumns } from './bar-columns.ts'
import { barRows, ROOMY_PLOT_SHARE } from './bar-rows.ts'
import type { BarChartInput } from './bars.ts'
import { keyEntriesFor, layoutKey, type KeyEntry } from './chart-key.ts'
import { dotRows } from './dot-rows.ts'
import { gridClearOfTexts, roundScene, type Scene } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'

/** The space a chart is laid out in; `height` null lets the chart take its natural height. */
export interface LayoutFrame {
  width: number
  height: number | null
  type: TypeLadder
}

/** Rows with their labels above long bars where that fits the height, else beside them (a short embed or slide). */
function fittingRows(input: BarChartInput, width: number, height: number | null, type: TypeLadder): Scene {
  const above = barRows(input, width, height, type, ROOMY_PLOT_SHARE)
  return height === null || above.height <= height + 0.5 ? above : barRows(input, width, height, type)
}

/**
 * A bar chart with its key below: columns when the chart prefers them and
 * every label fits, rows otherwise (fittingRows); or a dot plot when it prefers dots. The key lists the series
 * (when `series` is given) and explains each kind of mark drawn (derived, vague, unreported).
 */
export function barChartScene(
  input: BarChartInput,
  frame: LayoutFrame,
  options: { prefer: 'rows' | 'columns' | 'dots'; series?: KeyEntry[] },
): Scene {
  const { width, height, type } = frame
  const rows = options.prefer === 'dots' ? dotRows : fittingRows
  const probe = rows(input, width, null, type)
  const entries = [...(options.series ?? []), ...keyEntriesFor(probe.marks)]
  const gap = entries.length ? type.wordBase * 0.75 : 0
  const keyHeight = layoutKey(entries, width, 0, type).height
  const bodyHeight = height === null ? null : Math.max(0, height - keyHeight - gap)
  const body =
    (options.prefer === 'columns' ? barColumns(input, width, bodyHeight, type) : null) ??
    rows(input, width, bodyHeight, type)
  const key = layoutKey(entries, width, body.height + gap, type)
  const texts = [...body.texts, ...key.texts]
  return roundScene({
    ...body,
    height: Math.max(height ?? 0, body.height + gap + key.height),
    texts,
    rules: gridClearOfTexts(body.rules, texts),
    swatches: key.swatches,
  })
}
