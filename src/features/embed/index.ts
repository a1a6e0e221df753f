// The embed feature's public entry: what the rest of the app may import from it.
// Chunks of their own: the embed page, the dialog that writes a snippet, and the image snippet's picture (which
// draws a whole chart: re-exported from here, it would be fetched with the dashboard's first chart).
export const loadEmbedView = () => import('./EmbedView.tsx')
export const loadEmbedDialog = () => import('./EmbedDialog.tsx')
export const loadStaticImage = () => import('./static-image.ts')
// The dashboard a cut chart's "N more values · open chart" opens, from a slide as from an embed.
export { dashboardUrl } from './embed-links.ts'
