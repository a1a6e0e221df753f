import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { whenIdle } from '../../lib/when-idle'
import { articleTextsQueryOptions } from '../dataset/api'

const loadArticleDialog = () => import('./ArticleDialog')

/**
 * Readies the article view before it is asked for: its code and the article texts (a file of their own,
 * kept off the first load) are fetched when the page is first idle, or at once when a fact is
 * selected, since "Read in article" is then one click away. Each is fetched once.
 */
export function usePrefetchArticle(selected: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    const prefetch = () => {
      void queryClient.prefetchQuery(articleTextsQueryOptions())
      void loadArticleDialog()
    }
    if (!selected) return whenIdle(prefetch)
    prefetch()
  }, [queryClient, selected])
}

export { loadArticleDialog }
