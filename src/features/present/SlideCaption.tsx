import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { EvidenceGate, HighlightedQuote } from '../evidence/index.ts'
import { SHORT_FRAME_HEIGHT, keyQuote, LEADING, type ChartFrame } from '../charts/index.ts'
import { CAPTION_INDENT, CAPTION_SCALE, captionRoom, captionWords } from './caption-room.ts'

interface SlideCaptionProps {
  index: DatasetIndex
  fact: Fact | null
  selected: boolean
  /** Every fact the slide draws: the caption keeps the room the tallest of their captions takes. */
  facts: readonly Fact[]
  frame: ChartFrame
  /** The caption's column width, in px. */
  width: number
}

const em = (scale: number) => ({ fontSize: `${scale}em`, lineHeight: LEADING })

/**
 * The quote behind a slide's key figure, or behind the mark the presenter
 * selected, in type the back of the room can read; a derived figure shows
 * its formula instead, since no article states it. It keeps the height of the
 * tallest caption the slide could show, so the plot above never moves, except on a short screen.
 */
export function SlideCaption(props: SlideCaptionProps) {
  return <EvidenceGate>{(evidence) => <Caption {...props} evidence={evidence} />}</EvidenceGate>
}

function Caption({
  index,
  fact,
  selected,
  facts,
  frame,
  width,
  evidence,
}: SlideCaptionProps & { evidence: EvidenceIndex }) {
  // On a short screen (a phone on its side) the caption takes only its own words' room: a plot that moves when a
  // mark is selected, rather than a plot left no room at all by a quote it may never show.
  const minHeight = frame.height <= SHORT_FRAME_HEIGHT ? 0 : captionRoom(facts, index, evidence, frame, width)
  const words = fact && captionWords(fact, index, evidence)
  const citation = fact && keyQuote(evidence, fact.id)
  return (
    // The room is kept around the caption, so the rule beside its words is as tall as they are, not as the room.
    <div style={{ minHeight }}>
      <figure
        aria-live="polite"
        className="border-l-[0.25em] border-amber-400"
        style={{ paddingLeft: `${CAPTION_INDENT - 0.25}em` }}
      >
        {words && selected && (
          <p className="font-semibold text-slate-700 dark:text-slate-200" style={em(CAPTION_SCALE.figure)}>
            {words.figure}
          </p>
        )}
        {words?.quote && citation ? (
          <>
            <blockquote style={em(CAPTION_SCALE.quote)}>
              <p>
                “<HighlightedQuote citation={citation} />”
              </p>
            </blockquote>
            <figcaption className="text-slate-600 dark:text-slate-300" style={em(CAPTION_SCALE.cite)}>
              — <cite className="not-italic">{words.cite!.article}</cite>
              {words.cite!.rest}
            </figcaption>
          </>
        ) : (
          words?.derived && <p style={em(CAPTION_SCALE.quote)}>{words.derived}</p>
        )}
      </figure>
    </div>
  )
}
