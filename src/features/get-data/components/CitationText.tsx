import { useId, useRef } from 'react'
import { copyStatusText, useCopyText } from '../../../components/use-copy-text.ts'

/** A text to cite with (a citation line, a BibTeX entry), selectable as a whole, with a Copy button. */
export function CitationText({ label, text, rows }: { label: string; text: string; rows: number }) {
  const field = useRef<HTMLTextAreaElement>(null)
  const id = useId()
  const { copy, statusOf } = useCopyText(field)
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-[0.875em] font-medium">
          {label}
        </label>
        <button
          type="button"
          onClick={() => void copy(text)}
          className="no-print rounded border border-slate-300 px-2 py-0.5 text-[0.75em] font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Copy<span className="sr-only"> {label}</span>
        </button>
      </div>
      <textarea
        ref={field}
        id={id}
        readOnly
        rows={rows}
        value={text}
        className="field-sizing-content w-full resize-y rounded border border-slate-300 bg-slate-50 p-2 font-mono text-[0.75em] leading-snug text-slate-800 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-200"
      />
      <p role="status" className="text-[0.75em] text-slate-600 dark:text-slate-300">
        {copyStatusText(statusOf(text), 'text')}
      </p>
    </div>
  )
}
