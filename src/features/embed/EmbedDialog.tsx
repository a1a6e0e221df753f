import { useId, useMemo, useRef, useState } from 'react'
import { copyStatusText, useCopyText } from '../../components/use-copy-text.ts'
import { useModalDialog } from '../../components/use-modal-dialog.ts'
import type { ChartId } from '../charts/index.ts'
import { useEffectiveTheme } from '../theme/index.ts'
import { appUrl, useSearchState } from '../url-state/index.ts'
import { embedSnippet, embedUrl, type SnippetVariant } from './embed-links.ts'
import { fallbackHeight } from './fallback-height.ts'
import { buildChartModel } from '../charts/index.ts'
import { useFilteredFacts } from '../filters/index.ts'

export interface EmbedDialogProps {
  chart: ChartId
  title: string
  onClose: () => void
}

type EmbedTheme = 'system' | 'light' | 'dark'

const SIZE_CHOICES = [
  ['fixed', '16:9 frame (slides, fixed layouts)'],
  ['responsive', 'Responsive (full width, height fits the chart)'],
  ['image', 'Static image linked to the live chart (pages without iframes; unfiltered)'],
] as const satisfies readonly (readonly [SnippetVariant, string])[]

const THEME_CHOICES = [
  ['system', 'Follow the reader’s system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const satisfies readonly (readonly [EmbedTheme, string])[]

const BACKGROUND_CHOICES = [
  ['card', 'Card (white or dark panel)'],
  ['transparent', 'Transparent (the page shows through)'],
] as const

/** A set of radio buttons under a legend. */
function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string
  name: string
  value: V
  options: readonly (readonly [V, string])[]
  onChange: (value: V) => void
}) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-col gap-1 text-sm">
        {options.map(([option, label]) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * The embed code for the chart as filtered now, with copy to clipboard. Where
 * the clipboard is refused (common inside iframes) the code is selected instead.
 */
export default function EmbedDialog({ chart, title, onClose }: EmbedDialogProps) {
  const [{ company, period }] = useSearchState()
  const dialog = useRef<HTMLDialogElement>(null)
  const code = useRef<HTMLTextAreaElement>(null)
  const ids = { title: useId(), code: useId(), variant: useId(), theme: useId(), bg: useId(), preview: useId() }
  const [variant, setVariant] = useState<SnippetVariant>('fixed')
  const [theme, setTheme] = useState<EmbedTheme>('system')
  const systemTheme = useEffectiveTheme(null)
  const [transparent, setTransparent] = useState(false)
  const { copy, statusOf } = useCopyText(code)

  useModalDialog(dialog)

  const look = {
    company,
    period,
    theme: theme === 'system' ? null : theme,
    bg: transparent ? ('transparent' as const) : null,
  }
  const { index, facts, filter } = useFilteredFacts()
  const height = useMemo(
    () => fallbackHeight(buildChartModel(chart, index, facts, filter)),
    [chart, index, facts, filter],
  )
  const snippet = embedSnippet({ appUrl: appUrl(), chart, title, state: look, variant, fallbackHeight: height })
  const previewUrl = embedUrl(appUrl(), chart, { ...look, fit: null })

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      className="m-auto max-h-[94vh] w-[min(48rem,94vw)] overflow-y-auto rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={ids.title} className="text-lg font-semibold">
        Embed “{title}”
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Paste into a web page, a blog, Notion or a reveal.js slide. The chart keeps the current filters.
      </p>
      <div className="mt-4 grid gap-3 sm:grid-cols-3">
        <ChoiceGroup
          legend="Size"
          name={ids.variant}
          value={variant}
          options={SIZE_CHOICES}
          onChange={(v) => setVariant(v)}
        />
        <ChoiceGroup
          legend="Theme"
          name={ids.theme}
          value={theme}
          options={THEME_CHOICES}
          onChange={(t) => setTheme(t)}
        />
        <ChoiceGroup
          legend="Background"
          name={ids.bg}
          value={transparent ? 'transparent' : 'card'}
          options={BACKGROUND_CHOICES}
          onChange={(bg) => setTransparent(bg === 'transparent')}
        />
      </div>
      <p className="mt-3 text-sm font-semibold" id={ids.preview}>
        Preview
      </p>
      {/* Checks behind a transparent embed show what the host page's own background will do. */}
      <div
        data-theme={theme === 'system' ? systemTheme : theme}
        className="embed-preview mt-1 overflow-hidden rounded-md border border-slate-300 dark:border-slate-600"
      >
        <iframe
          key={previewUrl}
          src={previewUrl}
          title={`Preview: ${title}`}
          aria-describedby={ids.preview}
          className="block aspect-video w-full border-0"
          loading="lazy"
        />
      </div>
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
          href={previewUrl}
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
