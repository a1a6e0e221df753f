// The embed feature's public entry: what the rest of the app may import from it.
export { STATIC_IMAGE_WIDTH, staticImageFile, staticImageOf } from './static-image.ts'
// Chunks of their own: the embed page, and the dialog that writes a snippet.
export const loadEmbedView = () => import('./EmbedView.tsx')
export const loadEmbedDialog = () => import('./EmbedDialog.tsx')
