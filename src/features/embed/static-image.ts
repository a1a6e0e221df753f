import { contextText, framedScene, type ChartId, type ChartModel } from '../charts/index.ts'

/** The image snippet's width in CSS px: an article column's. */
export const STATIC_IMAGE_WIDTH = 960

/** The build's static picture of a chart, unfiltered (the image snippet shows it). */
export const staticImageFile = (chart: ChartId) => `chart-${chart}.png`

/** The picture as the image snippet names it: its file, what it shows in words, and its size in CSS px. */
export interface StaticImage {
  file: string
  alt: string
  width: number
  height: number
}

const sentence = (text: string) => (/[.!?…”]$/.test(text) ? text : `${text}.`)

/**
 * The build's picture of a chart (src/prerender: the unfiltered chart's frame with its full sources, at
 * STATIC_IMAGE_WIDTH), for a model of the unfiltered chart. The alt text states what the picture does:
 * title, period, every value in words, the figures under the chart and the source, so a reader who
 * cannot see it misses no number.
 */
export function staticImageOf(model: ChartModel): StaticImage {
  const scene = framedScene(model, { width: STATIC_IMAGE_WIDTH, height: null }, 'image', { footer: true })
  return {
    file: staticImageFile(model.id),
    alt: [model.title, model.subtitleAboveContext, model.summary, ...model.context.map(contextText), model.source]
      .filter(Boolean)
      .map(sentence)
      .join(' '),
    width: Math.round(scene.width),
    height: Math.round(scene.height),
  }
}
