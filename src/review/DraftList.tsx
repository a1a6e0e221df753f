import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Notice } from '../components/Notice.tsx'
import { fetchDrafts } from './review-client.ts'
import { forgetSaved, loadSaved } from './review-storage.ts'
import { CARD, LINK } from './styles.ts'
import { hrefOf, navigate } from './use-review-url.ts'

/** What the last save wrote, until it is dismissed. */
function SavedNotice() {
  const [saved, setSaved] = useState(loadSaved)
  if (!saved) return null
  const dismiss = () => {
    forgetSaved()
    setSaved(null)
  }
  return (
    <Notice tone="info" title={`Saved ${saved.articleId} to the dataset, which builds.`} onDismiss={dismiss}>
      <ul className="list-disc pl-5">
        {saved.summary.slice(1).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        Written in the data folder:{' '}
        {saved.written.map((f) => (
          <code key={f} className="mr-2 break-all">
            {f}
          </code>
        ))}
      </p>
      <p>
        The draft’s file is removed from drafts/.{' '}
        <a className={LINK} href="/">
          The dashboard
        </a>{' '}
        shows the article on its next load.
      </p>
    </Notice>
  )
}

/** The drafts waiting in drafts/, each a link to its review; a draft whose file cannot be read says why. */
export function DraftList() {
  const drafts = useQuery({ queryKey: ['review', 'drafts'], queryFn: fetchDrafts })
  return (
    <div className="space-y-4">
      <SavedNotice />
      <section aria-labelledby="drafts-heading" className={`${CARD} space-y-3`}>
        <h2 id="drafts-heading" className="text-base font-semibold">
          Drafts waiting for review
        </h2>
        {drafts.isPending && <p className="text-sm">Reading drafts/…</p>}
        {drafts.isError && (
          <Notice tone="error" title="The drafts cannot be listed">
            <p>{drafts.error.message}</p>
          </Notice>
        )}
        {drafts.data?.length === 0 && (
          <p className="text-sm">
            No drafts in drafts/. Propose one from an article with{' '}
            <code>npm run article:add -- FILE --date YYYY-MM-DD</code>, then reload this page.
          </p>
        )}
        {drafts.data && drafts.data.length > 0 && (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {drafts.data.map((d) => (
              <li key={d.id} className="py-2 text-sm">
                {d.ok ? (
                  <>
                    <a
                      className={LINK}
                      href={hrefOf({ draft: d.id, sentence: null })}
                      onClick={(e) => {
                        e.preventDefault()
                        navigate({ draft: d.id, sentence: null })
                      }}
                    >
                      {d.title ?? d.id}
                    </a>{' '}
                    <span className="text-slate-600 dark:text-slate-400">
                      {d.date} · {d.sentences} sentences · drafts/{d.id}.json
                    </span>
                  </>
                ) : (
                  <span className="text-red-800 dark:text-red-300">
                    drafts/{d.id}.json cannot be reviewed: {d.problem}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
