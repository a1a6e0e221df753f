import { useEffect, useState, type ReactNode } from 'react'
import { Notice } from '../../../components/Notice.tsx'
import { DATASET_FILE } from '../api.ts'
import { DatasetLoadError } from '../load-error.ts'
import { useDatasetQuery } from '../use-dataset.ts'

const SLOW_AFTER_MS = 1500

/** Renders its children once the dataset is loaded; until then says what it waits for, or what failed. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useDatasetQuery()
  if (query.data) return children
  if (query.isError)
    return (
      <div className="mx-auto max-w-2xl p-8">
        <LoadErrorNotice title="The dashboard’s data could not be loaded" query={query} />
      </div>
    )
  return <DatasetLoading />
}

function DatasetLoading() {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className="mx-auto max-w-xl p-8" aria-busy="true">
      <Notice tone="info" title={`Loading ${DATASET_FILE}…`}>
        {slow && <p>The server is taking longer than usual to send {DATASET_FILE}. Still waiting.</p>}
      </Notice>
    </div>
  )
}

/** The parts of a failed query a notice needs: its error, whether it is trying again, and how to. */
export interface FailedLoad {
  error: Error | null
  isFetching: boolean
  refetch: () => unknown
}

/** What failed to load, with the file's problems one per line and a way to try again. */
export function LoadErrorNotice({ title, query }: { title: string; query: FailedLoad }) {
  const { error, isFetching: retrying } = query
  const details = error instanceof DatasetLoadError ? error.details : []
  return (
    <Notice tone="error" title={title}>
      <p>{error?.message}</p>
      {details.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 font-mono text-xs">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => void query.refetch()}
        disabled={retrying}
        className="rounded-md bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-200 dark:text-red-950"
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </Notice>
  )
}
