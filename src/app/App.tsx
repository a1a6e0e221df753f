import { Suspense, useEffect } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary.tsx'
import { appMounted } from '../lib/app-mounted.ts'
import { isHydrating } from '../lib/hydrating.ts'
import { EmbedView, PresentationView, retryViews } from './views.tsx'
import { DatasetGate } from '../features/dataset/index.ts'
import { Dashboard } from '../features/dashboard/index.ts'
import { useApplyTheme, useEffectiveTheme } from '../features/theme/index.ts'
import { useSearchState } from '../features/url-state/index.ts'

/**
 * Inside the view's Suspense boundary, which hydrates in a pass of its own after the page around it: a built page is
 * the app's once its view has hydrated, and until then the charts' first measurements wait their turn
 * (use-element-size.ts) instead of redrawing every chart in the task that commits them.
 */
function ViewMounted() {
  useEffect(appMounted, [])
  return null
}

/** Picks the view the URL asks for; every view waits for the dataset the same way. */
export function App() {
  const [{ view, theme, bg }] = useSearchState()
  useApplyTheme(useEffectiveTheme(theme), view === 'embed' && bg === 'transparent')
  // A page drawn afresh is the app's at once, whether it shows its view, its loading or its error.
  useEffect(() => void (isHydrating() || appMounted()), [])
  return (
    // A view that failed as a built page hydrated never mounts: its error, on screen, makes the page the app's.
    <ErrorBoundary name="The page" onCaught={appMounted} onRetry={retryViews}>
      <DatasetGate>
        <Suspense fallback={<p className="p-4 text-sm">Loading the {view} view…</p>}>
          {view === 'embed' ? <EmbedView /> : view === 'present' ? <PresentationView /> : <Dashboard />}
          <ViewMounted />
        </Suspense>
      </DatasetGate>
    </ErrorBoundary>
  )
}
