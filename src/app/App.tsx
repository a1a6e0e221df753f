import { Suspense, useEffect } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary.tsx'
import { appMounted } from './app-mounted.ts'
import { EmbedView, PresentationView } from './views.tsx'
import { DatasetGate } from '../features/dataset/index.ts'
import { Dashboard } from '../features/dashboard/index.ts'
import { useApplyTheme, useEffectiveTheme } from '../features/theme/index.ts'
import { useSearchState } from '../features/url-state/index.ts'

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
