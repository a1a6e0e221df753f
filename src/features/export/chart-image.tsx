import type { ReactElement } from 'react'
import { FILE_FONT_STACK } from '../../config/fonts.ts'
import { PALETTE, type PaletteTheme } from '../../config/palette.ts'
import { SceneContent, filePaint, framedScene } from '../charts/index.ts'
import type { ChartModel, Medium } from '../charts/index.ts'

export interface ChartImage {
  /** A standalone SVG document: colours as values, no classes, no external references. */
  svg: string
  /** Its size in CSS pixels. */
  width: number
  height: number
}

/** Turns the image's element tree into SVG text: React DOM in the browser, React's server renderer at build time. */
export type SvgRenderer = (element: ReactElement, idPrefix: string) => string

export interface ChartImageOptions {
  width: number
  /** The image's height; null for the chart's natural height at this width. */
  height: number | null
  medium: Extract<Medium, 'image' | 'slide'>
  theme: PaletteTheme
  /** The chart's live page, written in the footer with the credit. */
  link?: string
  /** Leave the background out (a PNG or SVG to lay over a slide's own). */
  transparent?: boolean
  /** @font-face rules carrying the chart font (embedded-fonts.ts), so the file draws in what was measured. */
  fontFaces?: string
}

/**
 * A chart as an image: its frame (title, filter-aware subtitle, drawing, key,
 * context figures, short source) with the full sources, the credit and the link as a footer block, laid out for the size and medium from
 * the same definition the page draws. Pure: the same inputs give the same file.
 */
export function chartImageSvg(model: ChartModel, options: ChartImageOptions, render: SvgRenderer): ChartImage {
  // A file has nothing one click away: every image carries the full sources, the credit and the link.
  const scene = framedScene(model, { width: options.width, height: options.height }, options.medium, {
    link: options.link,
    footer: true,
  })
  const description = [model.subtitle, model.summary, model.source].filter(Boolean).join(' ')
  const markup = render(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      role="img"
      aria-labelledby={`${model.id}-title ${model.id}-desc`}
      fontFamily={FILE_FONT_STACK}
    >
      <title id={`${model.id}-title`}>{model.title}</title>
      <desc id={`${model.id}-desc`}>{description}</desc>
      {options.fontFaces && <style>{options.fontFaces}</style>}
      {!options.transparent && <rect width={scene.width} height={scene.height} fill={PALETTE[options.theme].surface} />}
      <SceneContent scene={scene} paint={filePaint(options.theme)} slots={model.slots} />
    </svg>,
    // Pattern ids stay unique when several exported charts are pasted into one page.
    `${model.id}-`,
  )
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width: scene.width, height: scene.height }
}
