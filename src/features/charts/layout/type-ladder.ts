/**
 * Where a chart is read, which sets its base font size: a card at arm's
 * length, an embed in someone else's page, a slide at the back of a room, or
 * an exported image (laid out as a slide).
 */
export type Medium = 'card' | 'embed' | 'slide' | 'image'

export interface Size {
  width: number
  height: number
}

/** The base size on a card: every other size is a ratio of it (Our World in Data's grapher does the same). */
export const BASE_FONT_SIZE = 16

/**
 * Text sizes as ratios of the base. On a card they give today's pixel sizes
 * (values 14 px, labels 13 px, axes 12 px); on a full-HD slide, twice that.
 */
export const FONT_SCALE = {
  value: 14 / 16,
  label: 13 / 16,
  axis: 12 / 16,
  key: 12 / 16,
  note: 13 / 16,
  subtitle: 14 / 16,
  source: 12 / 16,
  quote: 14 / 16,
  /** A value the articles give in words (“Increasing, with faster growth rates”): a value's size, but a phrase. */
  claim: 14 / 16,
} as const

/** The title's ratio per medium: a slide's title must carry across a room; a card's sits among others. */
const TITLE_SCALE = { card: 1, embed: 18 / 16, slide: 24 / 16, image: 24 / 16 } as const satisfies Record<
  Medium,
  number
>

// A 1920 × 1080 slide gets 32 px (its smallest text, 0.75 × base, is 24 px); 1280 × 720 gets 21.3 px.
const SLIDE_WIDTH_PER_BASE = 60
const SLIDE_HEIGHT_PER_BASE = 33.75
// A 640 × 360 embed reads like a card; larger frames grow with them, up to a slide's proportions.
const EMBED_WIDTH_PER_BASE = 40
const EMBED_HEIGHT_PER_BASE = 22.5
const MAX_EMBED_BASE = 28

/**
 * The base font size for a medium and the size of the whole frame (the
 * slide, the iframe, the image): never below the card's, so nothing ever
 * reads smaller than it does on the dashboard (but for a fixed frame too small
 * for its marks, see chartFrame). An embed without a fixed height (one that
 * takes its content's) reads like a card in its page's column; a slide or an
 * image without one is sized as if it were 16:9.
 */
export function baseFontSize(medium: Medium, bounds: { width: number; height: number | null }): number {
  const frame = { width: bounds.width, height: bounds.height ?? bounds.width * 0.5625 }
  switch (medium) {
    case 'card':
      return BASE_FONT_SIZE
    case 'embed': {
      if (bounds.height === null) return BASE_FONT_SIZE
      const fit = Math.min(frame.width / EMBED_WIDTH_PER_BASE, frame.height / EMBED_HEIGHT_PER_BASE)
      return Math.min(MAX_EMBED_BASE, Math.max(BASE_FONT_SIZE, fit))
    }
    case 'slide':
    case 'image':
      return Math.max(
        BASE_FONT_SIZE,
        Math.min(frame.width / SLIDE_WIDTH_PER_BASE, frame.height / SLIDE_HEIGHT_PER_BASE),
      )
  }
}

/** Every text size of the ladder, in px, for a base size and medium. */
export function typeLadder(base: number, medium: Medium) {
  const sizes = Object.fromEntries(Object.entries(FONT_SCALE).map(([role, ratio]) => [role, base * ratio])) as {
    [Role in keyof typeof FONT_SCALE]: number
  }
  // `wordBase`: the base the words around the marks (names, axis, key) are set at, and so the gaps between them; a
  // slide filled with a few marks grows those less than the marks (fillingType).
  return { base, wordBase: base, ...sizes, title: base * TITLE_SCALE[medium] }
}

export type TypeLadder = ReturnType<typeof typeLadder>
