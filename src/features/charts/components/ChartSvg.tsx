import type { ReactNode } from 'react'
import type { Scene } from '../layout/scene.ts'

/**
 * The root of a drawn chart. `fit` scales a scene laid out for another size
 * into the box (before the box is measured: the prerendered page and the
 * render that hydrates it); otherwise the scene is drawn at its own size.
 */
export function ChartSvg({
  scene,
  chartId,
  fit = false,
  children,
}: {
  scene: Scene
  chartId: string
  fit?: boolean
  children: ReactNode
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      data-chart={chartId}
      // Not an image: the figure around it is named, and its marks (images named by their values, then buttons once
      // the app has the page) would be hidden inside one.
      role="none"
      width={fit ? '100%' : scene.width}
      height={fit ? '100%' : scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      // At its own size, it still narrows to a box narrower than itself (a card's drawing on the narrowest phone).
      className={`block overflow-visible ${fit ? '' : 'h-auto max-w-full'}`}
    >
      {children}
    </svg>
  )
}
