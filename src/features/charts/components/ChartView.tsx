import { useMemo, useRef, useState } from 'react'
import { useElementSize } from '../../../components/use-element-size.ts'
import type { ChartModel } from '../definition.ts'
import { moreCue } from '../frame-words.ts'
import { LEADING, type Scene, type SceneMark } from '../layout/scene.ts'
import type { cutChart } from '../layout/cut-chart.ts'
import { CARD_TYPE, cardHeight } from '../layout/frame.ts'
import type { fillingType } from '../layout/filling-type.ts'
import type { Medium, Size, TypeLadder } from '../layout/type-ladder.ts'
import {
  builtDrawingRules,
  cardDrawingFor,
  cardDrawings,
  embedDrawingFor,
  type BuiltDrawing,
} from './built-drawings.ts'
import { ChartSvg } from './ChartSvg.tsx'
import { ChartTooltip } from './ChartTooltip.tsx'
import { PAGE_PAINT } from './scene-paint.ts'
import { SceneContent } from './SceneContent.tsx'

// What a slide is laid out at before its box is measured (its first render), then scaled into the box.
const UNMEASURED_SLIDE: Size = { width: 1680, height: 640 }

/** The built drawing a measured box shows, kept as the same element when the app lays it out for the box. */
function keptDrawing(medium: ChartViewProps['medium'], box: Size, frame: Size): number {
  if (medium === 'card') return cardDrawingFor(box.width)
  if (medium === 'embed') return embedDrawingFor(frame)
  return 0
}

export interface ChartViewProps {
  model: ChartModel
  medium: Exclude<Medium, 'image'>
  /** The type the chart is set in: its frame's (chartFrame); a card's by default. */
  type?: TypeLadder
  /** The drawings the built page carries for CSS to pick from, until the box is measured (embeds; a card's are its own). */
  drawings?: BuiltDrawing[]
  /** The frame the chart is read in (the iframe), whose built drawing is kept once measured. */
  frame?: Size | null
  selectedId: string | null
  onSelect: (factId: string) => void
  /**
   * Where the whole chart is (the dashboard, from an embed or a slide) and how to cut it: marks that do not fit the
   * box are then left out and counted in a visible "n more values · open chart" cue instead of scrolled out of sight.
   * The views that cut bring the cut (cutChart), so a page that never cuts does not load it.
   */
  more?: { url: string; cut: typeof cutChart }
  /**
   * Grows the chart's text and bars to fill its box when it needs less (a filtered slide): passed in by the view that
   * fills, as `more` is, so the dashboard's first load does without it.
   */
  fill?: typeof fillingType
}

/**
 * A chart drawn to fit its box: measured, laid out for that size in its frame's type, with selectable marks
 * and a tooltip on hover. A card takes the height its chart needs; an embed or a slide gives the chart the
 * height left to it.
 */
export function ChartView(props: ChartViewProps) {
  const { model, medium, type = CARD_TYPE, frame, selectedId, onSelect, more, fill } = props
  const box = useRef<HTMLDivElement>(null)
  const measured = useElementSize(box)
  const [hover, setHover] = useState<{ factId: string; selectedId: string | null } | null>(null)
  const card = medium === 'card'
  const height = card ? cardHeight(model) : null
  const built: BuiltDrawing[] =
    props.drawings ?? (card ? cardDrawings(height!) : [{ key: 0, className: '', ...UNMEASURED_SLIDE, type }])
  const drawings: BuiltDrawing[] = measured
    ? [
        {
          key: keptDrawing(medium, measured, frame ?? measured),
          className: '',
          ...measured,
          height: height ?? measured.height,
          type,
        },
      ]
    : built
  const [bounds] = drawings
  // A measured box may grow its type to fill the box (a filtered slide); the built drawings take their frame's.
  const fillHeight = fill && measured ? measured.height : null
  const fillWidth = measured?.width ?? 0
  const filled = useMemo(
    () =>
      fill && fillHeight !== null
        ? fill(type, fillHeight, (t) => model.layout({ width: fillWidth, height: null, type: t }), medium)
        : null,
    [fill, type, medium, fillHeight, model, fillWidth],
  )
  const frameOf = (d: BuiltDrawing) => ({ width: d.width, height: d.height, type: (d === bounds && filled) || d.type })
  const layout = (d: BuiltDrawing) => model.layout(frameOf(d))
  const full = layout(bounds)
  // A card is as tall as its chart (set below), whatever was measured last: after a filter click the measurement
  // lags a frame behind, and a stale one would add a scroll bar for that frame and lay the page out twice.
  const boxHeight = measured && (height ?? measured.height)
  const overflows = boxHeight !== null && full.height > boxHeight + 1
  // Cut above a strip for the cue, so the cue covers nothing and nothing is drawn half-cut.
  const cut =
    overflows && more ? more.cut(model, frameOf(bounds), boxHeight - type.source * LEADING - type.base * 0.5) : null
  const scene = cut ? { ...cut.scene, height: boxHeight! } : full
  // A tooltip names the hovered fact in the scene now drawn: after a slide change or a filter that drops it, there
  // is none, and a cleared selection hides it, so no stale value stays under a pointer that has not moved.
  const hovered =
    hover && hover.selectedId === selectedId ? scene.marks.find((mark) => mark.factId === hover.factId) : undefined
  const onHover = (mark: SceneMark | null) => setHover(mark && { factId: mark.factId, selectedId })
  const draw = (drawn: Scene) => (
    // A built slide is scaled into the screen; a built card or embed is drawn at its size.
    <ChartSvg scene={drawn} chartId={model.id} fit={measured === null && medium === 'slide'}>
      <SceneContent
        scene={drawn}
        paint={PAGE_PAINT}
        slots={model.slots}
        handlers={{ selectedId, onSelect, onHover }}
        // Measured once the app has the page: until then (and without script) a mark is an image out of the Tab
        // order; a click on one is taken from hydration on (ChartMark).
        interactive={measured !== null}
      />
    </ChartSvg>
  )
  const scrolls = overflows && !more
  return (
    <div
      ref={box}
      className={`relative w-full min-w-0 ${card ? '' : 'h-full min-h-0'} ${card && !measured ? '@container' : ''} ${scrolls ? 'overflow-y-auto' : ''} ${cut ? 'overflow-hidden' : ''}`}
      style={height === null ? undefined : { height }}
    >
      {/* Before the box is measured, every built drawing, for CSS to pick from; then the one it picked, kept as the
          same element, so a click made on it before the app took the page over is replayed on it. */}
      {card && !measured && <style>{builtDrawingRules('card')}</style>}
      {drawings.map((d) => (
        <div key={d.key} className={`${card ? '' : 'h-full'} ${measured ? '' : d.className}`}>
          {draw(d === bounds ? scene : layout(d))}
        </div>
      ))}
      {measured && hovered && <ChartTooltip mark={hovered} width={scene.width} />}
      {cut && (
        <a
          href={more!.url}
          target="_blank"
          rel="noopener"
          className="absolute right-0 bottom-0 z-10 rounded-md bg-slate-900 px-[0.5em] py-[0.125em] text-[0.75em] leading-[1.25] font-semibold text-white underline underline-offset-2 dark:bg-slate-100 dark:text-slate-900"
        >
          {moreCue(cut.hidden)}
        </a>
      )}
    </div>
  )
}
