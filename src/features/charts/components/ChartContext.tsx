import type { CSSProperties } from 'react'
import type { ContextLine } from '../definition.ts'
import { FactButton } from './FactButton.tsx'

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
                label={`${part.fact.label}: ${part.text}. Show sources`}
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
