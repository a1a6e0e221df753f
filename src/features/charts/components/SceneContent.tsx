import { Fragment } from 'react'
import type { SeriesSlot } from '../../../config/companies.ts'
import type { Scene, SceneText, TextTone } from '../layout/scene.ts'
import { ChartMark, type MarkHandlers } from './ChartMark.tsx'
import { MarkShape } from './MarkShape.tsx'
import type { ScenePaint } from './scene-paint.ts'

// The weight a group of texts gives them: set there, not inherited from the page around the chart.
const TEXT_WEIGHT = 400

// The axes over the grid lines where they meet.
const RULE_TONES = ['grid', 'axis'] as const

/** A scene's rules of one tone as one path: a built page carries each chart at four sizes, so bytes count. */
const rulePath = (rules: Scene['rules'], tone: (typeof RULE_TONES)[number]) =>
  rules
    .filter((r) => r.tone === tone)
    .map((r) => `M${r.x1} ${r.y1}L${r.x2} ${r.y2}`)
    .join('')

const toneColor = (tone: TextTone, paint: ScenePaint) => (tone === 'strong' ? paint.text : paint.muted)

/**
 * A text, with only what differs from its group: the group gives the usual fill and weight, and SVG's own default
 * is the anchor at the start (a built page carries each chart at four sizes, so every attribute counts).
 */
function Text({ t, paint, groupTone }: { t: SceneText; paint: ScenePaint; groupTone: TextTone }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.weight === TEXT_WEIGHT ? undefined : t.weight}
      textAnchor={t.anchor === 'start' ? undefined : t.anchor}
      fill={t.tone === groupTone ? undefined : toneColor(t.tone, paint)}
    >
      {t.text}
    </text>
  )
}

/**
 * A scene's rules, marks, texts and key, in drawing order. Marks are
 * selectable buttons when `handlers` are given (on the page), with their
 * value labels inside them so a click on the words selects too; in exported
 * files they are plain shapes. Other texts and rules are hidden from screen
 * readers: each mark's name carries its value, and the data table the rest.
 */
export function SceneContent({
  scene,
  paint,
  slots,
  handlers,
  interactive = false,
}: {
  scene: Scene
  paint: ScenePaint
  /** Each company's colour slot: the dataset's (`DatasetIndex.slotOf`). */
  slots: ReadonlyMap<string, SeriesSlot>
  handlers?: MarkHandlers
  /** Whether the marks select (the app has the page): ChartMark's `interactive`. */
  interactive?: boolean
}) {
  // Every company a chart draws is one the dataset lists (its schema checks each fact's).
  const color = (companyId?: string) => (companyId ? paint.series(slots.get(companyId)!) : paint.muted)
  const owned = (factId: string) => scene.texts.filter((t) => t.factId === factId)
  return (
    <>
      <g aria-hidden="true" fill="none" strokeWidth={1}>
        {RULE_TONES.map((tone) => {
          const d = rulePath(scene.rules, tone)
          return d && <path key={tone} d={d} stroke={tone === 'axis' ? paint.axis : paint.grid} />
        })}
      </g>
      <g fill={toneColor('strong', paint)} fontWeight={TEXT_WEIGHT}>
        {scene.marks.map((m) => {
          const drawn = (
            <>
              <MarkShape {...m} color={color(m.companyId)} surface={paint.surface} />
              {owned(m.factId).map((t, i) => (
                <Fragment key={i}>
                  {/* A space between a mark's texts, which SVG does not draw: its lines read as words ("34%
                      derived", not "34%derived"), so a name holding its words holds what it shows. */}
                  {i > 0 && ' '}
                  <Text t={t} paint={paint} groupTone="strong" />
                </Fragment>
              ))}
            </>
          )
          return handlers ? (
            <ChartMark key={m.factId} mark={m} handlers={handlers} interactive={interactive}>
              {drawn}
            </ChartMark>
          ) : (
            <g key={m.factId}>{drawn}</g>
          )
        })}
      </g>
      <g aria-hidden="true" fill={toneColor('muted', paint)} fontWeight={TEXT_WEIGHT}>
        {scene.swatches.map((s, i) => (
          <MarkShape key={i} {...s} color={color(s.companyId)} surface={paint.surface} />
        ))}
        {scene.texts
          .filter((t) => !t.factId)
          .map((t, i) => (
            <Text key={i} t={t} paint={paint} groupTone="muted" />
          ))}
      </g>
    </>
  )
}
