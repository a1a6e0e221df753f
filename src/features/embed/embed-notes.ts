import type { ThemeName } from '../theme/index.ts'
import type { SnippetVariant } from './embed-snippet.ts'

/** What the code of each variant gives, said under its preview. */
export function previewNote(variant: SnippetVariant): string {
  if (variant === 'responsive')
    return 'Fills the width of its column; embed-resize.js sets its height to the chart’s, as here.'
  if (variant === 'fixed')
    return 'Keeps 16:9 at any width, for slides and fixed layouts; a frame too small for every mark says how many it leaves out.'
  return 'The build’s picture of the whole chart (unfiltered, light), linked to the live chart; its alt text states every value.'
}

/** What a transparent embed will look like on pages the dialog cannot see, with and without the script. */
export function transparentNote(theme: ThemeName | null): string {
  if (!theme)
    return 'Transparent: with embed-resize.js the text takes the colours legible on the page’s background. Without it, the reader’s system theme decides: where the page declares another colour scheme the browser paints a solid backdrop behind the chart, but a dark page that declares none (a reveal.js deck, say) shows a light system’s dark text on its dark background. For such a page, choose Dark.'
  const [other, text, otherText] = theme === 'dark' ? ['light', 'light', 'dark'] : ['dark', 'dark', 'light']
  return `Transparent: the page shows through this ${theme} chart, made for ${theme} pages. On a ${other} page, embed-resize.js turns its text ${otherText} to keep it legible; without the script it stays ${text}.`
}

/** What the script line adds, so a site that strips scripts knows what it loses. Null: the variant has none. */
export function scriptNote(variant: SnippetVariant, fallbackHeight: number): string | null {
  if (variant === 'image') return null
  const height =
    variant === 'responsive'
      ? { adds: 'sets the iframe’s height to the chart’s; ', without: `the iframe stays ${fallbackHeight} px high, ` }
      : { adds: '', without: '' }
  return (
    `The script line (embed-resize.js) ${height.adds}passes the keys the chart does not use (arrows, Space, Page Up/Down, Home/End, Escape) back to the page, so a reveal.js deck still moves after a click in the chart; and keeps a transparent chart legible on the page. ` +
    `Where a site strips scripts, ${height.without}keys pressed after a click in the chart stay in it, and a transparent chart keeps its own colours.`
  )
}
