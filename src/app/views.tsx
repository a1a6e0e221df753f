import { lazy, type ComponentType } from 'react'
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
  const Lazy = lazy(load)
  const View = () => {
    const Shown = loaded ?? Lazy
    return <Shown />
  }
  const preload = () => load().then((module) => void (loaded = module.default))
  return [View, preload] as const
}

// Embeds and slides are separate entry points in all but name: load them only when asked for.
const [EmbedView, preloadEmbedView] = preloadable(loadEmbedView)
const [PresentationView, preloadPresentationView] = preloadable(loadPresentationView)
export { EmbedView, PresentationView }

/** Fetches the code of the view a query string asks for (read as the app reads it), where it is a lazy one. */
export function preloadView(search: string): Promise<void> {
  const { view } = parseSearch(search)
  if (view === 'embed') return preloadEmbedView()
  if (view === 'present') return preloadPresentationView()
  return Promise.resolve()
}
