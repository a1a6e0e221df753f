import { Suspense, useEffect } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { appMounted } from './app-mounted'
import { EmbedView, PresentationView } from './views'
import { DatasetGate } from '../features/dataset'
import { Dashboard } from '../features/dashboard'
import { useApplyTheme, useEffectiveTheme } from '../features/theme'
import { useSearchState } from '../features/url-state'

/** Picks the view the URL asks for; every view waits for the dataset the same way. */
export function App() {
  const [{ view, theme, bg }] = useSearchState()
  useApplyTheme(useEffectiveTheme(theme), view === 'embed' && bg === 'transparent')
  useEffect(appMounted, [])
  return (
    <ErrorBoundary name="The page">
      <DatasetGate>
        <Suspense fallback={<p className="p-4 text-sm">Loading the {view} view…</p>}>
          {view === 'embed' ? <EmbedView /> : view === 'present' ? <PresentationView /> : <Dashboard />}
        </Suspense>
      </DatasetGate>
    </ErrorBoundary>
  )
}
