import { useMemo, useRef, useState } from 'react'
import { useElementSize } from '../../../components/use-element-size'
import type { ChartModel } from '../definition'
import type { Scene, SceneMark } from '../layout/scene'
import { baseFontSize, fillingType, typeLadder, type Medium, type Size } from '../layout/type-ladder'
import { CARD_DRAWINGS, cardDrawingFor } from './card-widths'
import { ChartSvg } from './ChartSvg'
import { ChartTooltip } from './ChartTooltip'
import { PAGE_PAINT } from './scene-paint'
import { SceneContent } from './SceneContent'

/** The content width of a dashboard card on a 320 px phone: cards are as tall as the chart needs there. */
export const NARROWEST_CARD_WIDTH = 254

/** A card's height: the chart's natural height in the narrowest card, so it never depends on the screen. */
export const cardHeight = (model: ChartModel) =>
  model.layout({
    width: NARROWEST_CARD_WIDTH,
    height: null,
    type: typeLadder(baseFontSize('card', { width: 0, height: 0 }), 'card'),
  }).height

// What a chart is laid out at before its box is measured (the prerendered page), then scaled into the box. A card
// is drawn at each of CARD_DRAWINGS' widths instead.
const UNMEASURED: Record<Exclude<Medium, 'card'>, Size> = {
  embed: { width: 960, height: 420 },
  slide: { width: 1680, height: 640 },
  image: { width: 1920, height: 1080 },
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
  const bounds = measured ?? (card ? { width: CARD_DRAWINGS[0].width, height: 0 } : UNMEASURED[medium])
  const base = baseFontSize(medium, frame ?? bounds)
  const fillHeight = fill && measured ? measured.height : null
  const type = useMemo(() => {
    const ladder = typeLadder(base, medium)
    return fillHeight === null
      ? ladder
      : fillingType(
          ladder,
          fillHeight,
          (t) => model.layout({ width: bounds.width, height: null, type: t }).height,
          medium,
        )
  }, [base, medium, fillHeight, model, bounds.width])
  const layout = (width: number) => model.layout({ width, height: card ? height : bounds.height, type })
  const scene = layout(bounds.width)
  // A tooltip names the hovered fact in the scene now drawn: after a slide change or a filter that drops it, there
  // is none, and a cleared selection hides it, so no stale value stays under a pointer that has not moved.
  const hovered =
    hover && hover.selectedId === selectedId ? scene.marks.find((mark) => mark.factId === hover.factId) : undefined
  const onHover = (mark: SceneMark | null) => setHover(mark && { factId: mark.factId, selectedId })
  const draw = (drawn: Scene) => (
    <ChartSvg scene={drawn} chartId={model.id} fit={measured === null && !card}>
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
      {card
        ? // Before the box is measured, every drawing, for the container query to pick from; then the one it picked,
          // kept as the same element, so a click made on it before the app took the page over is replayed on it.
          (measured ? [cardDrawingFor(measured.width)] : CARD_DRAWINGS).map((d) => (
            <div key={d.width} className={measured ? undefined : d.className}>
              {draw(measured || d.width === bounds.width ? scene : layout(d.width))}
            </div>
          ))
        : draw(scene)}
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
