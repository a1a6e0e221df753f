import { useState } from 'react'
import { loadRunExport } from '../export/index.ts'
import type { PaletteTheme } from '../../config/palette.ts'
import type { ChartModel } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { useReadEvidence } from '../dataset/index.ts'

export interface DownloadDeckButtonProps {
  /** The slides of the deck on screen, in deck order. */
  deck: readonly ChartModel[]
  index: DatasetIndex
  theme: PaletteTheme
  className: string
}

/**
 * Downloads the deck on screen as a PowerPoint file: one slide per chart with
 * a native chart and talking points in its speaker notes, then the quotes
 * behind the figures. The export code and pptxgenjs load only on the first click.
 */
export function DownloadDeckButton({ deck, index, theme, className }: DownloadDeckButtonProps) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const readEvidence = useReadEvidence()

  const download = async () => {
    setBusy(true)
    setStatus('Preparing the deck…')
    try {
      const [{ runDeckExport }, evidence] = await Promise.all([loadRunExport(), readEvidence()])
      setStatus(`Downloaded ${await runDeckExport(deck, { index, evidence }, theme)}`)
    } catch (e) {
      setStatus(`Download failed: ${(e as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={download} disabled={busy || deck.length === 0} className={className}>
        Download deck
      </button>
      <p role="status" className="sr-only">
        {status}
      </p>
    </>
  )
}
