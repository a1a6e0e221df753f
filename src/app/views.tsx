import { type ComponentType } from 'react'
import { retryingLazy } from '../components/retrying-lazy.tsx'
import { loadEmbedView } from '../features/embed/index.ts'
import { loadPresentationView } from '../features/present/index.ts'
import { parseSearch } from '../features/url-state/index.ts'

/**
 * A lazy view whose code start-up can fetch before it hydrates a built page of it. Hydration then never waits
 * on the code: a click on the built markup is React's to hydrate and handle at once, where a click on a view
 * whose code had not arrived was lost.
 */
function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | null = null
  const [Lazy, retry] = retryingLazy(load)
  const View = () => {
    const Shown = loaded ?? Lazy
    return <Shown />
  }
  const preload = () => load().then((module) => void (loaded = module.default))
  return [View, preload, retry] as const
}

// Embeds and slides are separate entry points in all but name: load them only when asked for.
const [EmbedView, preloadEmbedView, retryEmbedView] = preloadable(loadEmbedView)
const [PresentationView, preloadPresentationView, retryPresentationView] = preloadable(loadPresentationView)
export { EmbedView, PresentationView }

/** After a view's code failed to arrive: the next render fetches it again. */
export function retryViews() {
  retryEmbedView()
  retryPresentationView()
}

/** Fetches the code of the view a query string asks for (read as the app reads it), where it is a lazy one. */
export function preloadView(search: string): Promise<void> {
  const { view } = parseSearch(search)
  if (view === 'embed') return preloadEmbedView()
  if (view === 'present') return preloadPresentationView()
  return Promise.resolve()
}
