import { useId, useRef } from 'react'
import { copyStatusText, useCopyText } from '../../components/use-copy-text.ts'
import { useAppUrl, useCanShare, serializeSearch, useSearchState } from '../url-state/index.ts'

const BUTTON =
  'rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

/**
 * "Copy link" for the view on screen (filters, selection, theme, slide): the
 * URL is the whole view state. The link is built from the state rather than
 * read from the address bar, which catches up a moment after a click. Where
 * the browser has a share sheet (phones, some desktops), "Share…" opens it.
 */
export default function ShareLink() {
  const [state] = useSearchState()
  const link = useAppUrl() + serializeSearch(state)
  const canShare = useCanShare()
  const field = useRef<HTMLInputElement>(null)
  const fieldId = useId()
  const { copy, statusOf } = useCopyText(field)
  const status = statusOf(link)
  const share = () =>
    // Closing the sheet rejects too; there is nothing to say about it.
    navigator.share({ title: document.title, url: link }).catch(() => {})

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <p role="status" className="text-slate-700 empty:sr-only dark:text-slate-300">
        {copyStatusText(status, 'link')}
      </p>
      {status === 'selected' && (
        <>
          <label htmlFor={fieldId} className="sr-only">
            Link to this view
          </label>
          <input
            id={fieldId}
            ref={field}
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="w-56 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
        </>
      )}
      <button type="button" onClick={() => void copy(link)} className={BUTTON}>
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()} className={BUTTON}>
          Share…
        </button>
      )}
    </div>
  )
}
