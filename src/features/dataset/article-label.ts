import type { ArticleMeta } from './schema'

/** Articles are named by id prefix in short references: "000_6125…" → "Article 000". */
export const articleShortName = (id: string) => `Article ${id.split('_')[0]}`

/** The article's title, or its short name when the text carries none. */
export const articleTitle = (a: Pick<ArticleMeta, 'id' | 'title'>) => a.title ?? `${articleShortName(a.id)} (untitled)`

/** The publisher only where the article names it; never a guess. */
export const articlePublisher = (a: Pick<ArticleMeta, 'publisher'>) => a.publisher ?? 'publisher not named'

/** "Computer Weekly" or "Article 000 (publisher not named)", for source lines. */
export const articleSourceName = (a: Pick<ArticleMeta, 'id' | 'publisher'>) =>
  a.publisher ?? `${articleShortName(a.id)} (publisher not named)`
