import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { copyStatusText, useCopyText } from '../../components/use-copy-text.ts'
import { useModalDialog } from '../../components/use-modal-dialog.ts'
import { buildChartModel, type ChartId } from '../charts/index.ts'
import { useFilteredFacts } from '../filters/index.ts'
import { useEffectiveTheme } from '../theme/index.ts'
import { appUrl, useSearchState } from '../url-state/index.ts'
import { ChoiceGroup } from './ChoiceGroup.tsx'
import { embedUrl } from './embed-links.ts'
import { previewNote, scriptNote, transparentNote } from './embed-notes.ts'
import { embedSnippet, iframeScheme, type SnippetVariant } from './embed-snippet.ts'
import { EmbedPreview } from './EmbedPreview.tsx'
import { fallbackHeight } from './fallback-height.ts'
import { staticImageOf } from './static-image.ts'

export interface EmbedDialogProps {
  chart: ChartId
  title: string
  onClose: () => void
}

type EmbedTheme = 'system' | 'light' | 'dark'

// The responsive embed suits most pages, so it comes first; the 16:9 frame is for what has a fixed frame.
const SIZE_CHOICES = [
  ['responsive', 'Responsive: full width, the height fits the chart (web pages, blogs, Notion)'],
  ['fixed', '16:9 frame: for slides and fixed layouts'],
  ['image', 'Static image linked to the live chart: for pages that allow no iframe (unfiltered)'],
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

/** The image is the build's: light, on its card, whatever is chosen here. */
const FIXED_BY_IMAGE = 'the image is light, on white'

/**
 * The embed code for the chart as filtered now, with copy to clipboard and a preview of what the code
 * gives. Where the clipboard is refused (common inside iframes) the code is selected instead. The
 * buttons stay in view at the foot; on a wide screen the preview sits beside the choices.
 */
export default function EmbedDialog({ chart, title, onClose }: EmbedDialogProps) {
  const [{ company, period }] = useSearchState()
  const code = useRef<HTMLTextAreaElement>(null)
  const ids = { title: useId(), code: useId(), variant: useId(), theme: useId(), bg: useId() }
  const [variant, setVariant] = useState<SnippetVariant>('responsive')
  const [theme, setTheme] = useState<EmbedTheme>('system')
  const systemTheme = useEffectiveTheme(null)
  const [transparent, setTransparent] = useState(false)
  const { copy, statusOf } = useCopyText(code)

  const modal = useModalDialog(onClose)
  // The dialog opens on its first choice. Left to itself, Chromium gives the focus to the box that scrolls them.
  useEffect(() => modal.ref.current?.querySelector<HTMLElement>('input:checked')?.focus(), [modal.ref])

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
  // The image is the build's picture of the whole chart, so it is described from the unfiltered model.
  const image = useMemo(() => staticImageOf(buildChartModel(chart, index, index.facts)), [chart, index])
  const base = { appUrl: appUrl(), chart, title, state: look }
  const snippet =
    variant === 'image'
      ? embedSnippet({ ...base, variant, image })
      : variant === 'responsive'
        ? embedSnippet({ ...base, variant, fallbackHeight: height })
        : embedSnippet({ ...base, variant })
  const liveUrl =
    variant === 'image'
      ? embedUrl(appUrl(), chart, { company: [], period: [], theme: null, bg: null, fit: null })
      : embedUrl(appUrl(), chart, { ...look, fit: variant === 'responsive' ? 'content' : null })
  const byImage = variant === 'image' ? FIXED_BY_IMAGE : undefined
  const script = scriptNote(variant, height)

  return (
    // Held by its top, not centred: the preview's height follows the choice, and a centred dialog would move the
    // choices under the pointer each time.
    <dialog
      {...modal}
      aria-labelledby={ids.title}
      className="mx-auto mt-[3vh] mb-auto max-h-[94vh] w-[min(72rem,94vw)] flex-col rounded-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 open:flex dark:bg-slate-900 dark:text-slate-100"
    >
      <header className="px-5 pt-4">
        <h2 id={ids.title} className="text-lg font-semibold">
          Embed “{title}”
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Paste into a web page, a blog, Notion or a reveal.js slide. An embed keeps the current filters; the image
          shows the whole chart.
        </p>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-3 lg:grid lg:grid-cols-[20rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-6">
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-1">
          <ChoiceGroup legend="Size" name={ids.variant} value={variant} options={SIZE_CHOICES} onChange={setVariant} />
          <ChoiceGroup
            legend="Theme"
            name={ids.theme}
            value={theme}
            options={THEME_CHOICES}
            onChange={setTheme}
            disabledBecause={byImage}
          />
          <ChoiceGroup
            legend="Background"
            name={ids.bg}
            value={transparent ? 'transparent' : 'card'}
            options={BACKGROUND_CHOICES}
            onChange={(bg) => setTransparent(bg === 'transparent')}
            disabledBecause={byImage}
          />
        </div>
        <section aria-label="Preview" className="mt-3 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <p className="text-sm font-semibold" aria-hidden="true">
            Preview
          </p>
          <EmbedPreview
            variant={variant}
            url={liveUrl}
            title={title}
            scheme={iframeScheme(look)}
            backdrop={look.theme ?? systemTheme}
            image={image}
            fallbackHeight={height}
          />
          <div className="mt-1 space-y-1 text-sm text-slate-600 dark:text-slate-300">
            <p>{previewNote(variant)}</p>
            {transparent && variant !== 'image' && <p>{transparentNote(look.theme)}</p>}
          </div>
        </section>
        <div className="mt-3 lg:col-start-1 lg:row-start-2">
          <label htmlFor={ids.code} className="block text-sm font-semibold">
            Embed code
          </label>
          <textarea
            id={ids.code}
            ref={code}
            readOnly
            value={snippet}
            rows={5}
            onFocus={(e) => e.target.select()}
            className="mt-1 w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
          {script && <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{script}</p>}
        </div>
      </div>
      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
        <p role="status" className="mr-auto min-h-5 text-sm">
          {copyStatusText(statusOf(snippet), 'code')}
        </p>
        <a
          href={liveUrl}
          target="_blank"
          rel="noopener"
          className="rounded-md px-3 py-1.5 text-sm font-medium underline underline-offset-2"
        >
          {variant === 'image' ? 'Open the live chart' : 'Preview the embed'}
          <span aria-hidden="true"> ↗</span>
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
      </footer>
    </dialog>
  )
}
