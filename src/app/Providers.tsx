import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ServerSearchProvider } from '../features/url-state/index.ts'

export interface ProvidersProps {
  queryClient: QueryClient
  /** The view state the page was prerendered with: what the URL reads as on the server and while hydrating. */
  serverSearch?: string
  children: ReactNode
}

export function Providers({ queryClient, serverSearch, children }: ProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ServerSearchProvider search={serverSearch}>{children}</ServerSearchProvider>
    </QueryClientProvider>
  )
}
