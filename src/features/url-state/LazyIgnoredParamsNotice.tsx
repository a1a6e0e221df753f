import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import { retryingLazy } from '../../components/retrying-lazy.tsx'
import type { IgnoredParam } from './search-params.ts'

// Most links have nothing to ignore: the notice's code loads when one does, not before the first chart.
const [Notice, retryNotice] = retryingLazy(() => import('./IgnoredParamsNotice.tsx'))

/**
 * The notice of the parts of the link that were ignored, where there are any. It waits in the view's Suspense
 * boundary, not one of its own: a link arrives with its ignored parts, so the view is drawn with the notice in
 * place, rather than drawn and then pushed down by it.
 */
export function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null
  return (
    <ErrorBoundary name="The note on this link’s ignored parts" onCaught={retryNotice}>
      <Notice ignored={ignored} />
    </ErrorBoundary>
  )
}
