import { Suspense } from 'react'
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx'
import { retryingLazy } from '../../../components/retrying-lazy.tsx'
import { whenAppMounted } from '../../../lib/app-mounted.ts'

// The footer is not needed before the charts respond: its downloads and licence are links, and a citation opened
// meanwhile (a <details>) is drawn once its code is here. That code is fetched once the page is the app's, and a
// built page keeps the footer's markup until then (a lazy component inside Suspense is hydrated when it arrives).
// The build waits for it.
const appIsMounted = () =>
  import.meta.env.SSR ? Promise.resolve() : new Promise<void>((resolve) => whenAppMounted(resolve))
const [Footer, retryFooter] = retryingLazy<object>(() =>
  appIsMounted()
    .then(() => import('./DataFooter.tsx'))
    .then((m) => ({ default: m.DataFooter })),
)

/** The dashboard's footer (DataFooter), its code loaded after the charts'. */
export function DeferredDataFooter() {
  return (
    // A chunk of its own: if it cannot be fetched (offline after a new release), the rest of the page stays.
    <ErrorBoundary name="The data downloads and citations" onRetry={retryFooter}>
      <Suspense fallback={null}>
        <Footer />
      </Suspense>
    </ErrorBoundary>
  )
}
