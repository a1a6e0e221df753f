import type { CSSProperties } from 'react'
import { useClientValue } from '../../../components/use-client-value.ts'
import type { ContextLine } from '../definition.ts'
import { SHOW_SOURCES } from './ChartMark.tsx'
import { FactButton } from './FactButton.tsx'

const always = () => true

interface ChartContextProps {
  lines: ContextLine[]
  /** The frame's size and line height for context figures. */
  style: CSSProperties
  /** The frame's gap between lines. */
  gap: string
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** The figures that frame a chart (total spending, the margin, the total of two waves), each opening its evidence. */
export function ChartContext({ lines, style, gap, selectedId, onSelect }: ChartContextProps) {
  // The app has the page: as a chart's marks, its figures select from then on (a built page's, after it hydrates).
  const interactive = useClientValue(always, false)
  if (!lines.length) return null
  return (
    <div style={{ ...style, gap }} className="flex flex-col text-slate-700 dark:text-slate-300">
      {lines.map((line, i) => (
        <p key={i}>
          {line.map((part, k) =>
            typeof part === 'string' ? (
              part
            ) : (
              <FactButton
                key={k}
                selected={part.fact.id === selectedId}
                onSelect={() => onSelect(part.fact.id)}
                label={`${part.fact.label}: ${part.text}${SHOW_SOURCES}`}
                interactive={interactive}
              >
                {part.text}
              </FactButton>
            ),
          )}
        </p>
      ))}
    </div>
  )
}
