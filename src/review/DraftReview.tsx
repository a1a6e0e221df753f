import { useQuery } from '@tanstack/react-query'
import { Notice } from '../components/Notice.tsx'
import { DraftReviewer } from './DraftReviewer.tsx'
import { fetchDraft } from './review-client.ts'
import { LINK } from './styles.ts'
import { hrefOf, navigate } from './use-review-url.ts'

/** Opens a draft by its id (the URL's), or says in the page why it cannot be opened. */
export function DraftReview({ id, sentence }: { id: string; sentence: number | null }) {
  const view = useQuery({ queryKey: ['review', 'draft', id], queryFn: () => fetchDraft(id) })
  const back = (
    <a
      className={LINK}
      href={hrefOf({ draft: null, sentence: null })}
      onClick={(e) => {
        e.preventDefault()
        navigate({ draft: null, sentence: null })
      }}
    >
      All drafts
    </a>
  )
  if (view.isPending) return <p className="text-sm">Opening drafts/{id}.json and the dataset…</p>
  if (view.isError)
    return (
      <Notice tone="error" title={`The draft ${id} cannot be opened`}>
        <p>{view.error.message}</p>
        <p>{back}</p>
      </Notice>
    )
  return (
    <>
      <nav aria-label="Drafts" className="mb-2 text-sm">
        ← {back}
      </nav>
      <DraftReviewer key={id} view={view.data} selected={sentence} />
    </>
  )
}
