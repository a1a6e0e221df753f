import { Suspense, useState } from 'react'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import { retryingLazy } from '../../components/retrying-lazy.tsx'
import { loadEmbedDialog } from '../embed/index.ts'
import { loadRunExport, EXPORT_KINDS } from '../export/index.ts'
import { MenuButton } from '../../components/MenuButton.tsx'
import type { ChartModel } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { useReadEvidence } from '../dataset/index.ts'
import type { ExportKind } from '../export/index.ts'
import type { Theme } from '../url-state/index.ts'

const [EmbedDialog, retryEmbedDialog] = retryingLazy(loadEmbedDialog)

const ACTION_BUTTON =
  'rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 aria-expanded:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-800'

export interface ChartActionsProps {
  model: ChartModel
  index: DatasetIndex
  theme: Theme
  /** The chart's width on screen, read when an export needs it (the 2× PNG and the SVG keep the reader's layout). */
  getWidth: () => number
}

/** Embed and export for one chart; the code behind both loads only when used. */
export function ChartActions({ model, index, theme, getWidth }: ChartActionsProps) {
  const [embedOpen, setEmbedOpen] = useState(false)
  const closeEmbed = () => setEmbedOpen(false)
  const [status, setStatus] = useState('')
  const disabled = model.empty !== null
  const readEvidence = useReadEvidence()

  const exportAs = async (kind: ExportKind) => {
    setStatus('Preparing the file…')
    try {
      const [{ runExport }, evidence] = await Promise.all([loadRunExport(), readEvidence()])
      const fileName = await runExport(kind, {
        model,
        sources: { index, evidence },
        theme,
        width: getWidth(),
        link: window.location.href,
      })
      setStatus(`Downloaded ${fileName}`)
    } catch (e) {
      setStatus(`Export failed: ${(e as Error).message}`)
    }
  }

  return (
    <div className="flex flex-wrap items-start justify-end gap-1">
      <button type="button" className={ACTION_BUTTON} disabled={disabled} onClick={() => setEmbedOpen(true)}>
        Embed<span className="sr-only"> {model.title}</span>
      </button>
      <MenuButton
        buttonClassName={ACTION_BUTTON}
        disabled={disabled}
        label={
          <>
            Export<span className="sr-only"> {model.title}</span>
          </>
        }
        items={EXPORT_KINDS.map((k) => ({
          id: k.kind,
          label: k.label,
          hint: k.hint,
          onSelect: () => void exportAs(k.kind),
        }))}
      />
      {/* As wide as the buttons, never wider: a long file name wraps rather than push them out of the card. */}
      <p
        role="status"
        className="w-0 min-w-full text-right text-xs [overflow-wrap:anywhere] text-slate-600 empty:hidden dark:text-slate-300"
      >
        {status}
      </p>
      {embedOpen && (
        <ErrorBoundary name="The embed options" onCaught={retryEmbedDialog} onClose={closeEmbed}>
          <Suspense fallback={null}>
            <EmbedDialog chart={model.id} title={model.title} onClose={closeEmbed} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  )
}
