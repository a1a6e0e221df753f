import { useMemo, useRef, useState } from 'react'
import { useElementSize } from '../../../components/use-element-size.ts'
import type { ChartModel } from '../definition.ts'
import { chartFrame } from '../layout/frame.ts'
import type { Scene, SceneMark } from '../layout/scene.ts'
import { baseFontSize, fillingType, typeLadder, type Medium, type Size } from '../layout/type-ladder.ts'
import { CARD_DRAWINGS, EMBED_DRAWINGS, cardDrawingFor, embedDrawingFor } from './built-drawings.ts'
import { ChartSvg } from './ChartSvg.tsx'
import { ChartTooltip } from './ChartTooltip.tsx'
import { PAGE_PAINT } from './scene-paint.ts'
import { SceneContent } from './SceneContent.tsx'

/** The content width of a dashboard card on a 320 px phone: cards are as tall as the chart needs there. */
export const NARROWEST_CARD_WIDTH = 254

/** A card's height: the chart's natural height in the narrowest card, so it never depends on the screen. */
const cardHeight = (model: ChartModel) =>
  model.layout({
    width: NARROWEST_CARD_WIDTH,
    height: null,
    type: typeLadder(baseFontSize('card', { width: 0, height: 0 }), 'card'),
  }).height

// What a slide is laid out at before its box is measured (the prerendered page), then scaled into the box. A card
// and an embed are built at each of their drawings' sizes instead (built-drawings.ts).
const UNMEASURED_SLIDE: Size = { width: 1680, height: 640 }

/** One drawing of the chart: the box it is laid out for, the frame that sets its type, and the CSS that shows it. */
interface Drawing {
  key: number
  className?: string
  width: number
  height: number | null
  frame: Size
}

/** What the built page draws, before the box is measured: every size CSS may pick from. */
function builtDrawings(
  model: ChartModel,
  medium: ChartViewProps['medium'],
  height: number | null,
  frame: Size | null,
): Drawing[] {
  switch (medium) {
    case 'card':
      // A card's type does not follow its box.
      return CARD_DRAWINGS.map((d) => ({
        key: d.width,
        className: d.className,
        width: d.width,
        height,
        frame: { width: d.width, height: 0 },
      }))
    case 'embed':
      return EMBED_DRAWINGS.map((d) => {
        // The page's blocks around the plot are HTML, whose heights the frame estimates within a few pixels
        // (241 px against 245 at 640 × 360): half a line less keeps the drawing inside the box the page gives it.
        const { plot, type } = chartFrame(model, 'embed', d)
        const height = plot.height === null ? null : plot.height - type.base / 2
        return { key: d.width, className: d.className, width: plot.width, height, frame: d }
      })
    case 'slide':
      return [{ key: 0, ...UNMEASURED_SLIDE, frame: frame ?? UNMEASURED_SLIDE }]
  }
}

/** The built drawing a measured box shows, kept as the same element when the app lays it out for the box. */
function keptDrawing(medium: ChartViewProps['medium'], box: Size, frame: Size): number {
  if (medium === 'card') return cardDrawingFor(box.width).width
  if (medium === 'embed') return embedDrawingFor(frame).width
  return 0
}

/** Marks (values, by fact) whose box is not wholly inside the first `height` pixels. */
const hiddenMarks = (marks: SceneMark[], height: number) =>
  new Set(marks.filter((m) => m.box.y + m.box.height > height + 0.5).map((m) => m.factId)).size

export interface ChartViewProps {
  model: ChartModel
  medium: Exclude<Medium, 'image'>
  /** The frame the chart is read in (the iframe, the slide), which sets the base font size; a card's is its own box. */
  frame?: Size | null
  selectedId: string | null
  onSelect: (factId: string) => void
  /**
   * Where the whole chart is (an embed's link to the dashboard): marks that do not fit the box are
   * then cut off and counted in a visible "n more · open chart" cue instead of scrolled out of sight.
   */
  moreUrl?: string
  /** Grow the chart's text and bars to fill its box when it needs less (a filtered slide). */
  fill?: boolean
}

/**
 * A chart drawn to fit its box: measured, laid out for that size and medium,
 * with selectable marks and a tooltip on hover. A card takes the height its
 * chart needs; an embed or a slide gives the chart the height left to it.
 */
export function ChartView({ model, medium, frame, selectedId, onSelect, moreUrl, fill = false }: ChartViewProps) {
  const box = useRef<HTMLDivElement>(null)
  const measured = useElementSize(box)
  const [hover, setHover] = useState<{ factId: string; selectedId: string | null } | null>(null)
  const card = medium === 'card'
  const height = card ? cardHeight(model) : null
  const drawings: Drawing[] = measured
    ? [
        {
          key: keptDrawing(medium, measured, frame ?? measured),
          ...measured,
          height: height ?? measured.height,
          frame: frame ?? measured,
        },
      ]
    : builtDrawings(model, medium, height, frame ?? null)
  const [bounds] = drawings
  // A measured box may grow its type to fill the box (a filtered slide); the built drawings take their frame's.
  const fillHeight = fill && measured ? measured.height : null
  const fillBase = fill && measured ? baseFontSize(medium, frame ?? measured) : null
  const fillWidth = measured?.width ?? 0
  const filled = useMemo(
    () =>
      fillHeight === null || fillBase === null
        ? null
        : fillingType(
            typeLadder(fillBase, medium),
            fillHeight,
            (t) => model.layout({ width: fillWidth, height: null, type: t }).height,
            medium,
          ),
    [fillBase, medium, fillHeight, model, fillWidth],
  )
  const typeOf = (d: Drawing) => filled ?? typeLadder(baseFontSize(medium, d.frame), medium)
  const layout = (d: Drawing) => model.layout({ width: d.width, height: d.height, type: typeOf(d) })
  const scene = layout(bounds)
  // A tooltip names the hovered fact in the scene now drawn: after a slide change or a filter that drops it, there
  // is none, and a cleared selection hides it, so no stale value stays under a pointer that has not moved.
  const hovered =
    hover && hover.selectedId === selectedId ? scene.marks.find((mark) => mark.factId === hover.factId) : undefined
  const onHover = (mark: SceneMark | null) => setHover(mark && { factId: mark.factId, selectedId })
  const draw = (drawn: Scene) => (
    // A built slide is scaled into the screen; a built card or embed is drawn at its size, and clipped like a
    // measured one where it is taller than its box.
    <ChartSvg scene={drawn} chartId={model.id} fit={measured === null && medium === 'slide'}>
      <SceneContent scene={drawn} paint={PAGE_PAINT} handlers={{ selectedId, onSelect, onHover }} />
    </ChartSvg>
  )
  const overflows = measured !== null && scene.height > measured.height + 1
  const hidden = overflows && moreUrl ? hiddenMarks(scene.marks, measured.height) : 0
  const scrolls = overflows && !moreUrl
  return (
    <div
      ref={box}
      className={`relative w-full min-w-0 ${card ? '' : 'h-full min-h-0'} ${card && !measured ? '@container' : ''} ${scrolls ? 'overflow-y-auto' : ''} ${moreUrl ? 'overflow-hidden' : ''}`}
      style={height === null ? undefined : { height }}
    >
      {/* Before the box is measured, every built drawing, for CSS to pick from; then the one it picked, kept as the
          same element, so a click made on it before the app took the page over is replayed on it. */}
      {drawings.map((d) => (
        <div key={d.key} className={`${card ? '' : 'h-full'} ${measured ? '' : (d.className ?? '')}`}>
          {draw(d === bounds ? scene : layout(d))}
        </div>
      ))}
      {measured && hovered && <ChartTooltip mark={hovered} width={scene.width} />}
      {overflows && moreUrl && (
        <a
          href={moreUrl}
          target="_blank"
          rel="noopener"
          className="absolute right-0 bottom-0 z-10 rounded-md bg-slate-900 px-[0.5em] py-[0.125em] text-[0.75em] font-semibold text-white underline underline-offset-2 dark:bg-slate-100 dark:text-slate-900"
        >
          {hidden > 0 ? `${hidden} more · open chart` : 'More · open chart'}
        </a>
      )}
    </div>
  )
}
