import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { whenIdle } from '../../lib/when-idle'
import { ARTICLE_TEXTS_FILE, articleTextsQueryOptions } from '../dataset/api'

const loadArticleDialog = () => import('./ArticleDialog')

/** Fetches the file into the HTTP cache at the browser's lowest priority, without reading it. */
function prefetchFile(href: string) {
  if (document.head.querySelector(`link[rel="prefetch"][href="${href}"]`)) return
  const link = document.createElement('link')
  link.rel = 'prefetch'
  link.href = href
  document.head.append(link)
}

/**
 * Readies the article view before it is asked for. When the page is first idle, its code and the article
 * texts (a file of their own, kept off the first load) are downloaded but the texts not read, so no parsing
 * competes with the reader's first taps; once a fact is selected ("Read in article" is then one click
 * away), the texts are read too. Each is fetched once.
 */
export function usePrefetchArticle(selected: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (selected) {
      void queryClient.prefetchQuery(articleTextsQueryOptions())
      void loadArticleDialog()
      return
    }
    return whenIdle(() => {
      prefetchFile(ARTICLE_TEXTS_FILE)
      void loadArticleDialog()
    })
  }, [queryClient, selected])
}

export { loadArticleDialog }
