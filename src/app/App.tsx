import { DatasetGate } from '../features/dataset/components/DatasetGate'
import { Dashboard } from '../features/dashboard/Dashboard'
import { useApplyTheme, useEffectiveTheme } from '../features/theme/use-theme'
import { useSearchState } from '../features/url-state/use-search-state'

/** Picks the view the URL asks for; every view waits for the dataset the same way. */
export function App() {
  const [{ theme, bg }] = useSearchState()
  useApplyTheme(useEffectiveTheme(theme), bg === 'transparent')
  return (
    <DatasetGate>
      <Dashboard />
    </DatasetGate>
  )
}
