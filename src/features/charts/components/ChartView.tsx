import { useRef, useState } from 'react'
import { useElementSize } from '../../../components/use-element-size'
import type { ChartModel } from '../definition'
import type { SceneMark } from '../layout/scene'
import { baseFontSize, typeLadder, type Medium, type Size } from '../layout/type-ladder'
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

// What a chart is laid out at before its box is measured (the prerendered page), then scaled into the box.
const UNMEASURED: Record<Medium, Size> = {
  card: { width: 560, height: 0 },
  embed: { width: 960, height: 420 },
  slide: { width: 1680, height: 640 },
  image: { width: 1920, height: 1080 },
}

export interface ChartViewProps {
  model: ChartModel
  medium: Exclude<Medium, 'image'>
  /** The frame the chart is read in (the iframe, the slide), which sets the base font size; a card's is its own box. */
  frame?: Size | null
  selectedId: string | null
  onSelect: (factId: string) => void
}

/**
 * A chart drawn to fit its box: measured, laid out for that size and medium,
 * with selectable marks and a tooltip on hover. A card takes the height its
 * chart needs; an embed or a slide gives the chart the height left to it.
 */
export function ChartView({ model, medium, frame, selectedId, onSelect }: ChartViewProps) {
  const box = useRef<HTMLDivElement>(null)
  const measured = useElementSize(box)
  const [hovered, setHovered] = useState<SceneMark | null>(null)
  const card = medium === 'card'
  const height = card ? cardHeight(model) : null
  const bounds = measured ?? { ...UNMEASURED[medium], height: height ?? UNMEASURED[medium].height }
  const type = typeLadder(baseFontSize(medium, frame ?? bounds), medium)
  const scene = model.layout({ width: bounds.width, height: card ? height : bounds.height, type })
  const scrolls = measured !== null && scene.height > measured.height + 1
  return (
    <div
      ref={box}
      className={`relative w-full min-w-0 ${card ? '' : 'h-full min-h-0'} ${scrolls ? 'overflow-y-auto' : ''}`}
      style={height === null ? undefined : { height }}
    >
      <ChartSvg scene={scene} chartId={model.id} fit={measured === null}>
        <SceneContent scene={scene} paint={PAGE_PAINT} handlers={{ selectedId, onSelect, onHover: setHovered }} />
      </ChartSvg>
      {measured && hovered && <ChartTooltip mark={hovered} width={scene.width} />}
    </div>
  )
}
