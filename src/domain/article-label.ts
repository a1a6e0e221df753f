import type { Article, ArticleLabel } from './schema.ts'

type Named = Pick<Article, 'title' | 'publisher'> & { label?: ArticleLabel }

// Title and publisher first: the label the build writes is their copy, or, for an article with
// neither, words of its first sentence (a dataset from before labels existed has only the first two).
const labelOf = (a: Named): ArticleLabel | null =>
  a.title
    ? { text: a.title, from: 'title' }
    : a.publisher
      ? { text: a.publisher, from: 'publisher' }
      : a.label?.from === 'first-sentence'
        ? a.label
        : null

/**
 * How a reader names an article: its title; else its publisher; else the words of its first
 * sentence, marked as such: "Untitled article: “Amazon Web Services has announced…”". Never its id.
 */
export function articleLabel(a: Named): string {
  const label = labelOf(a)
  if (!label) return 'Untitled article'
  return label.from === 'first-sentence' ? `Untitled article: “${label.text}”` : label.text
}

/** The publisher only where the article names it; never a guess. */
export const articlePublisher = (a: Pick<Article, 'publisher'>) => a.publisher ?? 'publisher not named'

/**
 * An article as a source line cites it: "Computer Weekly, “AWS cuts several hundred jobs…”",
 * "Quartz", or "untitled article “Amazon Web Services has announced…”".
 */
export function articleSourceName(a: Named): string {
  const label = labelOf(a)
  if (!label) return 'untitled article'
  if (label.from === 'title') return a.publisher ? `${a.publisher}, “${label.text}”` : `“${label.text}”`
  if (label.from === 'publisher') return label.text
  return `untitled article “${label.text}”`
}
