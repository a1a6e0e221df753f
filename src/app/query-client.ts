import { QueryClient } from '@tanstack/react-query'
import { DatasetLoadError } from '../features/dataset/index.ts'

/**
 * The dataset is a static file: a 404, bad JSON or a schema error will not fix
 * itself, so those fail at once; only a network error or a 5xx is retried, once.
 * A failed query is not asked again when a component mounts (main.tsx's start-up
 * request can fail before the first render): Retry is the reader's to press.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 1 && error instanceof DatasetLoadError && error.retryable,
        retryDelay: 500,
        retryOnMount: false,
      },
    },
  })
}
