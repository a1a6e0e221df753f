import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App'
import { Providers } from './app/Providers'
import { createQueryClient } from './app/query-client'
import { datasetQueryOptions } from './features/dataset/api'
import { registerServiceWorkerWhenIdle } from './features/offline/register-when-idle'
import { applyTheme, startTheme } from './features/theme/use-theme'
import { parseSearch } from './features/url-state/search-params'
import { viewStateKey } from './prerender/pages'
import './index.css'

const queryClient = createQueryClient()
const container = document.getElementById('root')!
const app = (serverSearch?: string) => (
  <StrictMode>
    <Providers queryClient={queryClient} serverSearch={serverSearch}>
      <App />
    </Providers>
  </StrictMode>
)

// The theme before anything is drawn, so a prerendered page never flashes the other one.
const { theme, view, bg } = parseSearch(window.location.search)
applyTheme(startTheme(theme), view === 'embed' && bg === 'transparent')

// The build prerenders some pages (src/prerender/): the charts are already on screen.
const prerendered = container.dataset.prerendered
if (prerendered === undefined) {
  // Every view needs the dataset: ask for it (and its validator) before the first render, not after it.
  void queryClient.prefetchQuery(datasetQueryOptions())
  createRoot(container).render(app())
} else {
  // Once the data they were drawn from is here, the same view hydrates; another view (a filter, a
  // slide) replaces them, and a failed load shows its error in their place.
  const sameView = viewStateKey(window.location.search) === viewStateKey(prerendered)
  queryClient.fetchQuery(datasetQueryOptions()).then(
    () => (sameView ? hydrateRoot(container, app(prerendered)) : createRoot(container).render(app())),
    () => createRoot(container).render(app()),
  )
}

registerServiceWorkerWhenIdle()
