import { useId, useRef, useState } from 'react'
import { copyStatusText, useCopyText } from '../../components/use-copy-text'
import { useModalDialog } from '../../components/use-modal-dialog'
import type { ChartId } from '../../config/charts'
import { appUrl } from '../url-state/app-url'
import { useSearchState } from '../url-state/use-search-state'
import { embedSnippet, embedUrl, type SnippetVariant } from './embed-links'

export interface EmbedDialogProps {
  chart: ChartId
  title: string
  onClose: () => void
}

/**
 * The embed code for the chart as filtered now, with copy to clipboard. Where
 * the clipboard is refused (common inside iframes) the code is selected instead.
 */
export default function EmbedDialog({ chart, title, onClose }: EmbedDialogProps) {
  const [{ company, period, theme }] = useSearchState()
  const dialog = useRef<HTMLDialogElement>(null)
  const code = useRef<HTMLTextAreaElement>(null)
  const ids = { title: useId(), code: useId(), variant: useId() }
  const [variant, setVariant] = useState<SnippetVariant>('fixed')
  const [transparent, setTransparent] = useState(false)
  const { copy, statusOf } = useCopyText(code)

  useModalDialog(dialog)

  const look = { company, period, theme, bg: transparent ? ('transparent' as const) : null }
  const snippet = embedSnippet({ appUrl: appUrl(), chart, title, state: look, variant })

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      className="m-auto w-[min(40rem,94vw)] rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={ids.title} className="text-lg font-semibold">
        Embed “{title}”
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Paste into a web page, a blog, Notion or a reveal.js slide. The chart keeps the current filters.
      </p>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold">Size</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {(
            [
              ['fixed', '16:9 frame (slides, fixed layouts)'],
              ['responsive', 'Responsive (full width, height fits the chart)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input type="radio" name={ids.variant} checked={variant === value} onChange={() => setVariant(value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
        Transparent background (for slides)
      </label>
      <label htmlFor={ids.code} className="mt-4 block text-sm font-semibold">
        Embed code
      </label>
      <textarea
        id={ids.code}
        ref={code}
        readOnly
        value={snippet}
        rows={variant === 'fixed' ? 4 : 5}
        onFocus={(e) => e.target.select()}
        className="mt-1 w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
      />
      <p role="status" className="mt-1 min-h-5 text-sm">
        {copyStatusText(statusOf(snippet), 'code')}
      </p>
      <div className="mt-3 flex flex-wrap justify-end gap-2">
        <a
          href={embedUrl(appUrl(), chart, { ...look, fit: null })}
          target="_blank"
          rel="noopener"
          className="rounded-md px-3 py-1.5 text-sm font-medium underline underline-offset-2"
        >
          Preview the embed<span aria-hidden="true"> ↗</span>
        </a>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Close
        </button>
        <button
          type="button"
          onClick={() => void copy(snippet)}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
        >
          Copy embed code
        </button>
      </div>
    </dialog>
  )
}
