import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import type { ReactNode } from 'react'
import { dropIgnoredParams } from '../features/url-state/use-ignored-params'

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter processUrlSearchParams={dropIgnoredParams}>{children}</NuqsAdapter>
    </QueryClientProvider>
  )
}
