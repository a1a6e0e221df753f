import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App'
import { whenAppMounted } from './app/app-mounted'
import { afterFirstPaint, builtPage, keepEarlyClick, slowDataNotice } from './app/prerendered-page'
import { Providers } from './app/Providers'
import { createQueryClient } from './app/query-client'
import { DATASET_FILE, datasetQueryOptions, trustBuiltDataset } from './features/dataset/api'
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

const built = builtPage(container)
if (!built) {
  // Every view needs the dataset: ask for it (and its validator) before the first render, not after it.
  void queryClient.prefetchQuery(datasetQueryOptions())
  createRoot(container).render(app())
} else {
  // The charts are on screen already. Once the data they were drawn from is here, the same view hydrates;
  // another view (a filter, a slide) or other data replaces them, and a failed load shows its error instead.
  trustBuiltDataset(built.datasetHash)
  const click = keepEarlyClick(container)
  const slow = slowDataNotice(DATASET_FILE)
  const sameView = viewStateKey(window.location.search) === viewStateKey(built.search)
  whenAppMounted(() => {
    container.removeAttribute('aria-busy')
    // In a task of its own, after React's commit, so the click reaches the handlers (dropped if the nodes were replaced).
    setTimeout(click.replay)
  })
  const render = () => createRoot(container).render(app())
  // The data (megabytes at scale) is asked for once the built charts have been painted, so no dataset size
  // can delay the first chart.
  afterFirstPaint()
    .then(() => queryClient.fetchQuery(datasetQueryOptions()))
    .then((index) => {
      if (!sameView || index.hash !== built.datasetHash) return render()
      hydrateRoot(container, app(built.search))
    }, render)
    .finally(slow.dismiss)
}

registerServiceWorkerWhenIdle()
