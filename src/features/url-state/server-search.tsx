import { createContext, type ReactNode } from 'react'

/** The query string the page was prerendered with: what the URL reads as on the server and while hydrating. */
export const ServerSearch = createContext('')

export function ServerSearchProvider({ search = '', children }: { search?: string; children: ReactNode }) {
  return <ServerSearch value={search}>{children}</ServerSearch>
}
