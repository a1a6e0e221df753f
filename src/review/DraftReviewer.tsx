import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { draftSummary } from '../../scripts/article/draft-summary.ts'
import { ArticleText } from './ArticleText.tsx'
import { MetadataPanel } from './MetadataPanel.tsx'
import { SaveNotices, type SaveOutcome } from './SaveNotices.tsx'
import { SentencePanel } from './SentencePanel.tsx'
import { proposalsOf } from './proposals.ts'
import type { Draft, DraftView } from '../../scripts/review/review-api.ts'
import { withArticle, withFact, withVerdict } from './review-changes.ts'
import { saveDraft } from './review-client.ts'
import { reviewedDraft, undecided } from './review-state.ts'
import { storeSaved } from './review-storage.ts'
import { PRIMARY_BUTTON } from './styles.ts'
import { showSentence } from './show-sentence.ts'
import { navigate } from './use-review-url.ts'
import { useReview } from './use-review.ts'

/**
 * One draft under review: its metadata, its article with each sentence marked, the selected sentence's proposal
 * and verdict, and Save, which writes data/ once every sentence has a verdict. The review is kept in the browser
 * until it is saved.
 */
export function DraftReviewer({ view, selected }: { view: DraftView; selected: number | null }) {
  const { draft, known } = view
  const id = draft.article.id
  const [review, update, forget] = useReview(id)
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null)
  const queryClient = useQueryClient()
  const proposals = proposalsOf(draft)
  const order = draft.claims.map((c) => c.sentence)
  const current = proposals.get(selected ?? -1) ?? proposals.get(order[0])!
  const at = order.indexOf(current.claim.sentence)
  const reviewed = reviewedDraft(draft, review)
  const companies = [...view.companies, ...draft.companies]
  const problems = outcome?.kind === 'refused' ? outcome.problems : []
  const left = undecided(draft, review)

  const save = useMutation({
    mutationFn: (sent: Draft) => saveDraft(sent),
    onSuccess: (reply, sent) => {
      if (!reply.ok) {
        setOutcome({ kind: 'refused', problems: reply.problems })
        // The first sentence a message names is selected, its message beside it in the panel too.
        const first = reply.problems.find((p) => p.sentence !== null)?.sentence
        if (first != null) navigate({ draft: id, sentence: first }, true)
        return
      }
      storeSaved({ articleId: id, summary: draftSummary(sent), written: reply.written })
      forget()
      // The saved draft's file is gone: its query is dropped, not fetched again, and the list is read anew.
      queryClient.removeQueries({ queryKey: ['review', 'draft', id] })
      void queryClient.invalidateQueries({ queryKey: ['review', 'drafts'] })
      navigate({ draft: null, sentence: null })
    },
    onError: (error) => setOutcome({ kind: 'failed', error }),
  })
  const onSave = () => {
    if (left.length) return setOutcome({ kind: 'undecided', sentences: left.map((c) => c.sentence) })
    setOutcome(null)
    save.mutate(reviewed)
  }
  // After a verdict the next sentence still to review is selected, and its panel focused for the keyboard.
  const decide = (verdict: Parameters<typeof withVerdict>[1]) => {
    update(withVerdict(current.claim.id, verdict))
    if (!verdict) return
    const next =
      left.find((c) => c.id !== current.claim.id && c.sentence > current.claim.sentence) ??
      left.find((c) => c.id !== current.claim.id)
    if (next) showSentence(id, next.sentence)
    else document.getElementById('sentence-panel')?.focus()
  }

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-3 lg:-mx-6 lg:px-6 dark:border-slate-800 dark:bg-slate-900/95">
        <div>
          <h2 className="text-lg font-semibold">{draft.article.title ?? id}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {draft.claims.length - left.length} of {draft.claims.length} sentences reviewed · drafts/{id}.json
          </p>
        </div>
        <button type="button" className={PRIMARY_BUTTON} onClick={onSave} disabled={save.isPending}>
          {save.isPending ? 'Saving and checking…' : 'Save to the dataset'}
        </button>
      </div>
      <div aria-live="polite">
        <SaveNotices draftId={id} outcome={outcome} />
      </div>
      <MetadataPanel
        article={reviewed.article}
        evidence={draft.metaEvidence}
        edited={review.article !== null}
        problems={problems.filter((p) => p.sentence === null)}
        onEdit={(article) => update(withArticle(draft.article, article))}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,30rem)]">
        <ArticleText
          draftId={id}
          paragraphs={view.paragraphs}
          proposals={proposals}
          review={review}
          selected={current.claim.sentence}
          problems={problems}
        />
        <SentencePanel
          key={current.claim.id}
          draftId={id}
          proposal={current}
          previous={at > 0 ? order[at - 1] : null}
          next={at + 1 < order.length ? order[at + 1] : null}
          review={review}
          disagreements={reviewed.disagreements}
          known={known}
          companies={companies}
          problems={problems.filter((p) => p.sentence === current.claim.sentence)}
          onVerdict={decide}
          onEditFact={(factId, fact) => update(withFact(draft.facts.find((f) => f.fact.id === factId)!.fact, fact))}
        />
      </div>
    </div>
  )
}
