// The present feature's public entry. Presentation mode is a chunk of its own, loaded when a deck is opened.
export const loadPresentationView = () => import('./PresentationView.tsx')
