import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { Providers } from './app/Providers'
import { createQueryClient } from './app/query-client'
import { datasetQueryOptions } from './features/dataset/api'
import { registerServiceWorkerWhenIdle } from './features/offline/register-when-idle'
import './index.css'

const queryClient = createQueryClient()
// Every view needs the dataset: ask for it (and its validator) before the first render, not after it.
void queryClient.prefetchQuery(datasetQueryOptions())

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
)

registerServiceWorkerWhenIdle()
