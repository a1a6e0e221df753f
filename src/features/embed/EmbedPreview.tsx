import { useRef } from 'react'
import type { ThemeName } from '../theme/index.ts'
import type { SnippetVariant } from './embed-snippet.ts'
import type { StaticImage } from './static-image.ts'
import { useReportedHeight } from './use-reported-height.ts'

/**
 * What the chosen code gives: the iframe as the snippet writes it (16:9, or full width at the height
 * the chart reports), or the image. Inert, so it is no tab stop and Escape always reaches the dialog:
 * the chart is tried out in its own tab ("Preview the embed").
 */
export function EmbedPreview({
  variant,
  url,
  title,
  scheme,
  backdrop,
  image,
  fallbackHeight,
}: {
  variant: SnippetVariant
  url: string
  title: string
  /** The iframe's colour scheme as the snippet sets it. */
  scheme: string | null
  /** The theme of the checks behind it, which show where the page would. */
  backdrop: ThemeName
  image: StaticImage
  fallbackHeight: number
}) {
  const frame = useRef<HTMLIFrameElement>(null)
  const height = useReportedHeight(frame, fallbackHeight)
  return (
    <div
      data-theme={backdrop}
      className="embed-preview mt-1 overflow-hidden rounded-md border border-slate-300 dark:border-slate-600"
    >
      {variant === 'image' ? (
        <img
          src={image.file}
          alt={image.alt}
          width={image.width}
          height={image.height}
          className="block h-auto w-full"
        />
      ) : (
        <iframe
          key={url}
          ref={frame}
          src={url}
          title={`Preview: ${title}`}
          inert
          style={{ colorScheme: scheme ?? undefined, height: variant === 'responsive' ? height : undefined }}
          className={`block w-full border-0 ${variant === 'fixed' ? 'aspect-video' : ''}`}
        />
      )}
    </div>
  )
}
