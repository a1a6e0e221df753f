import { lazy, Suspense, useEffect } from 'react'
import { loadEmbedView } from '../features/embed'
import { loadPresentationView } from '../features/present'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { appMounted, viewShown } from './app-mounted'
import { DatasetGate } from '../features/dataset'
import { Dashboard } from '../features/dashboard'
import { useApplyTheme, useEffectiveTheme } from '../features/theme'
import { useSearchState } from '../features/url-state'

// Embeds and slides are separate entry points in all but name: load them only when asked for.
const EmbedView = lazy(loadEmbedView)
const PresentationView = lazy(loadPresentationView)

/** Picks the view the URL asks for; every view waits for the dataset the same way. */
export function App() {
  const [{ view, theme, bg }] = useSearchState()
  useApplyTheme(useEffectiveTheme(theme), view === 'embed' && bg === 'transparent')
  useEffect(appMounted, [])
  return (
    // A view that fails instead of showing has settled too: start-up stops waiting for it (app/start.tsx).
    <ErrorBoundary name="The page" onCatch={viewShown}>
      <DatasetGate>
        <Suspense fallback={<p className="p-4 text-sm">Loading the {view} view…</p>}>
          <ViewShown />
          {view === 'embed' ? <EmbedView /> : view === 'present' ? <PresentationView /> : <Dashboard />}
        </Suspense>
      </DatasetGate>
    </ErrorBoundary>
  )
}

/** Beside the view in its Suspense boundary, so its effect runs once the view itself is in place. */
function ViewShown() {
  useEffect(viewShown, [])
  return null
}
