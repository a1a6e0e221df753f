// The app's start, imported by src/main.tsx: renders the view the URL asks for, or takes a prerendered page over.
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { whenAppMounted } from '../lib/app-mounted.ts'
import {
  afterFirstPaint,
  builtPage,
  replayEarlyClick,
  slowDataNotice,
  stopKeepingEarlyClicks,
} from './prerendered-page.ts'
import { Providers } from './Providers.tsx'
import { preloadView } from './views.tsx'
import { createQueryClient } from './query-client.ts'
import { DATASET_FILE, datasetQueryOptions, trustBuiltFiles } from '../features/dataset/index.ts'
import { registerServiceWorkerWhenIdle } from '../features/offline/index.ts'
import { setHydrating } from '../lib/hydrating.ts'
import { yieldToMain } from '../lib/yield-to-main.ts'

const queryClient = createQueryClient()
const container = document.getElementById('root')!
const app = (serverSearch?: string) => (
  <StrictMode>
    <Providers queryClient={queryClient} serverSearch={serverSearch}>
      <App />
    </Providers>
  </StrictMode>
)

const built = builtPage(container)
// A built page is busy (aria-busy) until the app has it, whether it hydrates the markup or draws another view.
whenAppMounted(() => container.removeAttribute('aria-busy'))
// The build prerenders some pages (src/prerender/): their charts are on screen already.
// The entry clears a built page that shows another view (src/main.tsx): nothing is left to hydrate then.
const sameView = built !== null && container.hasChildNodes()
if (built) trustBuiltFiles(built)
if (!built || !sameView) {
  // Another view than the page was built with (a filter, a slide, an embed of index.html): it is not shown
  // for a moment with the wrong numbers, but replaced at once by the loading state of the one asked for.
  void queryClient.prefetchQuery(datasetQueryOptions())
  container.replaceChildren()
  createRoot(container).render(app())
} else {
  // Once the data they were drawn from is here, the built charts hydrate; other data (a file replaced
  // after the build) is drawn afresh, and a failed load shows its error instead.
  const slow = slowDataNotice(DATASET_FILE)
  whenAppMounted(() => {
    setHydrating(false)
    // In a task of its own, after React's commit, so the click reaches the handlers (dropped if the nodes were replaced).
    setTimeout(replayEarlyClick)
  })
  const render = () => createRoot(container).render(app())
  const takeOver = async () => {
    // The data (megabytes at scale) is asked for once the built charts have been painted, so no dataset size
    // can delay the first chart.
    await afterFirstPaint()
    // A view's code that fails to arrive is left for the app to ask again and report.
    const view = preloadView(built.search).catch(() => undefined)
    // A failed load is drawn by the app, which says what failed and offers Retry.
    const index = await queryClient.fetchQuery(datasetQueryOptions()).catch(() => null)
    if (!index) return render()
    // Indexing the data and starting to hydrate are each a long task at scale: the browser gets a turn between.
    await yieldToMain()
    // As a transition, hydration yields to the browser every few milliseconds: a tap is never held up by
    // the whole page's hydration in one task (the built page looks the same throughout).
    if (index.hash !== built.datasetHash) return render()
    // An embed's or a slide's code, fetched with the data, is here before its markup hydrates.
    await view
    setHydrating(true)
    stopKeepingEarlyClicks()
    startTransition(() => void hydrateRoot(container, app(built.search)))
  }
  void takeOver().finally(slow.dismiss)
}

// After the app has the page: the worker's code and the downloads it starts never compete with hydration.
whenAppMounted(registerServiceWorkerWhenIdle)
