import type { ContextLine } from '../definition.ts'
import { FactButton } from './FactButton.tsx'

interface ChartContextProps {
  lines: ContextLine[]
  /** The frame's size for context figures, in px. */
  size?: number
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** The figures that frame a chart (total spending, the margin, the total of two waves), each opening its evidence. */
export function ChartContext({ lines, size, selectedId, onSelect }: ChartContextProps) {
  if (!lines.length) return null
  return (
    <div style={{ fontSize: size }} className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
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
