import { useId, type CSSProperties, type ReactNode, type Ref, type RefObject } from 'react'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { ChartModel } from '../definition.ts'
import { LINKS_GAP, type ChartFrame, type TextBlock } from '../layout/frame.ts'
import { LEADING } from '../layout/scene.ts'
import { ChartContext } from './ChartContext.tsx'
import { ChartSources } from './ChartSources.tsx'

export interface FrameViewProps {
  frame: ChartFrame
  model: ChartModel
  index: DatasetIndex
  selectedId: string | null
  onSelect: (factId: string) => void
  /** The root: a section in the dashboard's grid; the page itself in an embed or a slide. */
  as?: 'section' | 'div' | 'main'
  /** The title's heading level: 2 among the dashboard's charts, 1 where the chart is the page. */
  level?: 1 | 2
  rootRef?: RefObject<HTMLElement | null>
  /**
   * Until the frame is measured (the built page), sizes follow the root's font size, which CSS sets for the
   * viewport (built-drawings.ts); once measured, the frame's base size is set on the root.
   */
  built?: boolean
  className?: string
  rootProps?: { 'aria-roledescription'?: string; tabIndex?: number }
  /** Above the title: a slide's place in the deck and its controls. */
  above?: ReactNode
  /** Beside the title: a card's actions, an embed's link to the dashboard. */
  aside?: ReactNode
  /** The drawing (and its text alternative), or what is said instead of it. */
  children: ReactNode
  /** Beside the source on a wide slide, above it on a narrow one: the quote behind the figure. */
  caption?: ReactNode
  /** Under the source: an embed's links. */
  links?: ReactNode
  /** Last, outside the flow: an embed's evidence popover. */
  overlay?: ReactNode
}

/** A size of the frame's type ladder as ems of its base, so a built page's CSS can set the base alone. */
const em = (frame: ChartFrame, size: number) => `${size / frame.type.base}em`

/** A block's text: its size, weight and line height as the frame laid it out. */
const blockStyle = (frame: ChartFrame, block: TextBlock): CSSProperties => ({
  fontSize: em(frame, block.size),
  lineHeight: LEADING,
})

// A slide wider than this sets its caption beside the source, in three fifths of the width.
const CAPTION_BESIDE_WIDTH = 1024

/**
 * A chart's frame as HTML, for every page medium (the dashboard's card, an embed, a slide): the title with what
 * shares its line, the subtitle, the drawing, the context figures, the short source with the full Sources one
 * click away, and what a medium adds (a slide's caption, an embed's links). Every size and gap is the frame's,
 * in ems of its base, and each block sits where the frame put it: the heights the frame adds up (an embed's
 * built drawings, a responsive snippet's height without script) are the heights this lays out.
 */
export function FrameView(props: FrameViewProps) {
  const { frame, model, index, selectedId, onSelect, as: Root = 'section', level = 2, built = false } = props
  const { rootRef, rootProps, className, above, aside, children, caption, links, overlay } = props
  const titleId = useId()
  const summaryId = useId()
  const Heading = level === 1 ? 'h1' : 'h2'
  const fixed = frame.fixed
  const gap = em(frame, frame.gap)
  const beside = caption !== undefined && frame.width >= CAPTION_BESIDE_WIDTH
  const source = frame.source && (
    <ChartSources
      short={frame.source}
      view={frame.sources.view}
      index={index}
      facts={model.facts}
      overlay={fixed}
      style={blockStyle(frame, frame.source)}
      links={frame.links || built ? undefined : links}
    />
  )
  return (
    <Root
      // Whichever element the root is, the ref only measures it.
      ref={rootRef as Ref<HTMLDivElement>}
      aria-labelledby={titleId}
      {...rootProps}
      className={`relative flex min-w-0 flex-col ${built ? 'built-frame' : ''} ${fixed ? `h-full ${frame.scrolls ? 'overflow-y-auto' : 'overflow-hidden'}` : ''} ${className ?? ''}`}
      style={{ fontSize: built ? undefined : frame.type.base, padding: em(frame, frame.pad), gap }}
    >
      {above}
      <div>
        {/* What shares the title's line narrows the title alone: the subtitle runs the frame's width. */}
        <header className="flex items-start justify-between" style={{ gap: em(frame, frame.type.base * 0.75) }}>
          <Heading
            id={titleId}
            className="frame-title min-w-0 flex-1 font-semibold text-slate-900 dark:text-slate-50"
            style={blockStyle(frame, frame.title)}
          >
            {frame.title.text}
          </Heading>
          {aside && <div className="frame-aside no-print flex shrink-0 gap-1">{aside}</div>}
        </header>
        {frame.subtitle && (
          <p className="text-slate-600 dark:text-slate-300" style={blockStyle(frame, frame.subtitle)}>
            {frame.subtitle.text}
          </p>
        )}
      </div>
      {model.empty ? (
        <p
          role="status"
          className="flex min-h-40 flex-1 items-center justify-center rounded-lg bg-slate-50 p-4 text-center text-slate-600 dark:bg-slate-800 dark:text-slate-300"
          style={{ fontSize: em(frame, frame.type.subtitle) }}
        >
          {model.empty}
        </p>
      ) : (
        <figure
          aria-labelledby={titleId}
          aria-describedby={summaryId}
          className={`flex min-w-0 flex-col ${fixed ? 'min-h-0 flex-1' : ''}`}
          style={frame.scrolls ? { minHeight: em(frame, frame.plot.height!) } : undefined}
        >
          <p id={summaryId} className="sr-only">
            {model.summary}
          </p>
          {children}
        </figure>
      )}
      {frame.context && !model.empty && (
        <div className="frame-context">
          <ChartContext
            lines={frame.context.map((c) => c.line)}
            style={blockStyle(frame, frame.context[0].block)}
            gap={gap}
            selectedId={selectedId}
            onSelect={onSelect}
          />
        </div>
      )}
      {caption !== undefined ? (
        <footer
          className="grid items-end"
          style={{ gap, gridTemplateColumns: beside ? 'minmax(0,3fr) minmax(0,2fr)' : undefined }}
        >
          {caption}
          {!model.empty && source}
        </footer>
      ) : (
        !model.empty && source
      )}
      {/* Where the frame leaves the links out, they are in the Sources panel (a built page's CSS hides the line). */}
      {links && (frame.links || built) && (
        <div
          className="frame-links flex flex-wrap items-baseline text-slate-600 dark:text-slate-300"
          style={{ fontSize: em(frame, frame.type.source), lineHeight: LEADING, columnGap: `${LINKS_GAP}em` }}
        >
          {links}
        </div>
      )}
      {overlay}
    </Root>
  )
}
