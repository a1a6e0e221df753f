// The present feature's public entry. Presentation mode is a chunk of its own, loaded when a deck is opened.
export { chartOnScreen } from './chart-on-screen.ts'
export { PRESENT_BUTTON_ID } from './present-button.ts'
export const loadPresentationView = () => import('./PresentationView.tsx')
