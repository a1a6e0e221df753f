import { useState } from 'react'
import { loadDownloadAllFacts } from '../export/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { useReadEvidence } from '../dataset/index.ts'

/** "Download all facts (CSV)": every fact of the dataset, whatever the filters; the CSV code loads on click. */
export function DownloadAllFactsButton({ index }: { index: DatasetIndex }) {
  const [status, setStatus] = useState('')
  const readEvidence = useReadEvidence()
  const download = async () => {
    setStatus('Preparing the file…')
    try {
      const [{ downloadAllFacts }, evidence] = await Promise.all([loadDownloadAllFacts(), readEvidence()])
      setStatus(`Downloaded ${downloadAllFacts({ index, evidence })}`)
    } catch (e) {
      setStatus(`Download failed: ${(e as Error).message}`)
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={download}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Download all facts (CSV)
      </button>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {status}
      </p>
    </div>
  )
}
