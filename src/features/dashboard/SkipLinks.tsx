import type { MouseEvent } from 'react'
import { useMediaQuery } from '../../components/use-media-query.ts'
import { EVIDENCE_HEADING_ID } from '../evidence/index.ts'
import { WIDE_LAYOUT } from './layout.ts'

/** The dashboard's main column (charts first): the target of "Skip to charts". */
export const CHARTS_ID = 'charts'

// Focus the target directly instead of following the #hash: the URL holds the view state and
// stays free of fragments, and the focus (not only the scroll position) moves.
const skipTo = (id: string) => (e: MouseEvent) => {
  e.preventDefault()
  document.getElementById(id)?.focus()
}

const LINK =
  'sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white underline focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-100 dark:text-slate-900'

/**
 * The first Tab stops: past the header and filters to the charts, and (where
 * the panel sits beside them) to the evidence. Shown only while focused.
 */
export function SkipLinks() {
  const wide = useMediaQuery(WIDE_LAYOUT)
  return (
    <>
      <a href={`#${CHARTS_ID}`} onClick={skipTo(CHARTS_ID)} className={LINK}>
        Skip to charts
      </a>
      {/* On narrow screens the evidence is a sheet that exists only while open, and then takes the focus itself. */}
      {wide && (
        <a href={`#${EVIDENCE_HEADING_ID}`} onClick={skipTo(EVIDENCE_HEADING_ID)} className={LINK}>
          Skip to evidence
        </a>
      )}
    </>
  )
}
