import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { whenIdle } from '../../lib/when-idle.ts'
import { ARTICLE_TEXTS_FILE, EVIDENCE_FILE, articleTextsQueryOptions } from '../dataset/index.ts'

const loadArticleDialog = () => import('./ArticleDialog.tsx')
const loadFactEvidence = () => import('./FactEvidence.tsx')

/** Fetches the file into the HTTP cache at the browser's lowest priority, without reading it. */
function prefetchFile(href: string) {
  if (document.head.querySelector(`link[rel="prefetch"][href="${href}"]`)) return
  const link = document.createElement('link')
  link.rel = 'prefetch'
  link.href = href
  document.head.append(link)
}

/**
 * Readies the evidence and the article view before they are asked for. When the page is first idle, the
 * quotes and the article texts (files of their own, kept off the first load) and the code of the evidence and the article view
 * are downloaded but the files not read, so no parsing competes with the reader's first taps. A selection
 * reads the quotes (the evidence panel asks for them) and the texts ("Read in article" is then one click
 * away). Each is fetched once.
 */
export function usePrefetchEvidence(selected: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (selected) {
      void queryClient.prefetchQuery(articleTextsQueryOptions())
      void loadFactEvidence()
      void loadArticleDialog()
      return
    }
    return whenIdle(() => {
      prefetchFile(EVIDENCE_FILE)
      prefetchFile(ARTICLE_TEXTS_FILE)
      void loadFactEvidence()
      void loadArticleDialog()
    })
  }, [queryClient, selected])
}

export { loadArticleDialog, loadFactEvidence }
