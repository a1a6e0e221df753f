import type { Scene, SceneText } from '../layout/scene.ts'
import { ChartMark, type MarkHandlers } from './ChartMark.tsx'
import { MarkShape } from './MarkShape.tsx'
import type { ScenePaint } from './scene-paint.ts'

function Text({ t, paint }: { t: SceneText; paint: ScenePaint }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.weight}
      textAnchor={t.anchor}
      fill={t.tone === 'strong' ? paint.text : paint.muted}
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
export function SceneContent({ scene, paint, handlers }: { scene: Scene; paint: ScenePaint; handlers?: MarkHandlers }) {
  const color = (companyId?: string) => (companyId ? paint.series(companyId) : paint.muted)
  const owned = (factId: string) => scene.texts.filter((t) => t.factId === factId)
  return (
    <>
      <g aria-hidden="true">
        {scene.rules.map((r, i) => (
          <line
            key={i}
            x1={r.x1}
            y1={r.y1}
            x2={r.x2}
            y2={r.y2}
            stroke={r.tone === 'axis' ? paint.axis : paint.grid}
            strokeWidth={1}
          />
        ))}
      </g>
      <g>
        {scene.marks.map((m) => {
          const drawn = (
            <>
              <MarkShape {...m} color={color(m.companyId)} surface={paint.surface} />
              {owned(m.factId).map((t, i) => (
                <Text key={i} t={t} paint={paint} />
              ))}
            </>
          )
          return handlers ? (
            <ChartMark key={m.factId} mark={m} handlers={handlers}>
              {drawn}
            </ChartMark>
          ) : (
            <g key={m.factId}>{drawn}</g>
          )
        })}
      </g>
      <g aria-hidden="true">
        {scene.swatches.map((s, i) => (
          <MarkShape key={i} {...s} color={color(s.companyId)} surface={paint.surface} />
        ))}
        {scene.texts
          .filter((t) => !t.factId)
          .map((t, i) => (
            <Text key={i} t={t} paint={paint} />
          ))}
      </g>
    </>
  )
}
