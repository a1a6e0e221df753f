import { textWidth, wrapText } from '../../../lib/text-width.ts'
import type { FactValue } from '../../../domain/schema.ts'
import {
  baselineBelow,
  isDirectionShape,
  type MarkShape,
  type Scene,
  type SceneSwatch,
  type SceneText,
} from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'

export interface KeyEntry {
  shape: MarkShape
  kind: FactValue['kind']
  text: string
  /** For a series entry (Revenue, Operating profit): the colour and weight of its bars. */
  companyId?: string
  secondary?: boolean
}

/** What each mark that needs explaining means, whatever it is drawn as (a chart, a PowerPoint chart). */
export const MARK_MEANING = {
  derived: 'derived from other figures',
  vague: 'the articles’ words, read as a range',
  unknown: 'not reported',
  direction: 'direction in the articles’ words; they give no rate',
} as const

/** The marks that need explaining, in the words the app uses everywhere (the data table, the exports). */
const MARK_KEY = {
  derived: { shape: 'bar', kind: 'derived', text: `Dashed outline: ${MARK_MEANING.derived}` },
  vague: { shape: 'band', kind: 'vague', text: `Hatched band: ${MARK_MEANING.vague}` },
  unknown: { shape: 'open', kind: 'unknown', text: `Open circle: ${MARK_MEANING.unknown}` },
  direction: { shape: 'up', kind: 'qualitative', text: `Triangle: ${MARK_MEANING.direction}` },
} as const satisfies Record<string, KeyEntry>

const keyOf = (m: Pick<Scene['marks'][number], 'shape' | 'kind'>) =>
  m.shape === 'band' ? 'vague' : m.shape === 'open' ? 'unknown' : isDirectionShape(m.shape) ? 'direction' : m.kind

/** The key entries a scene needs: one per kind of mark that is not a plain stated value. */
export function keyEntriesFor(marks: readonly Pick<Scene['marks'][number], 'shape' | 'kind'>[]): KeyEntry[] {
  const kinds = new Set(marks.map(keyOf))
  return (['derived', 'vague', 'unknown', 'direction'] as const).filter((k) => kinds.has(k)).map((k) => MARK_KEY[k])
}

/**
 * Key entries flowed left to right in rows within `width`, each a small
 * sample of the mark and its words; a too-long entry wraps. Starts at `top`.
 */
export function layoutKey(
  entries: KeyEntry[],
  width: number,
  top: number,
  type: TypeLadder,
): { texts: SceneText[]; swatches: SceneSwatch[]; height: number } {
  const size = type.key
  const line = size * 1.25
  const swatch = size * 1.1
  const gap = type.wordBase * 0.375
  const spacing = type.wordBase
  const texts: SceneText[] = []
  const swatches: SceneSwatch[] = []
  let x = 0
  let rowTop = top
  let rowHeight = 0
  for (const entry of entries) {
    const room = width - swatch - gap
    const lines = wrapText(entry.text, room, size)
    const entryWidth = swatch + gap + Math.max(...lines.map((l) => textWidth(l, size)))
    if (x > 0 && x + entryWidth > width) {
      rowTop += rowHeight + gap * 0.5
      x = 0
      rowHeight = 0
    }
    swatches.push({
      shape: entry.shape,
      kind: entry.kind,
      companyId: entry.companyId,
      secondary: entry.secondary,
      box: { x, y: rowTop + (line - swatch) / 2, width: swatch, height: swatch },
    })
    lines.forEach((l, i) =>
      texts.push({
        x: x + swatch + gap,
        y: baselineBelow(rowTop + i * line, size),
        text: l,
        size,
        weight: 400,
        anchor: 'start',
        tone: 'muted',
      }),
    )
    rowHeight = Math.max(rowHeight, lines.length * line)
    x += entryWidth + spacing
  }
  return { texts, swatches, height: entries.length ? rowTop - top + rowHeight : 0 }
}
