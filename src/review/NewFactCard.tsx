import { useState } from 'react'
import type { Company } from '../domain/schema.ts'
import { FactEditor } from './FactEditor.tsx'
import { FactSummary } from './FactSummary.tsx'
import type { Draft } from '../../scripts/review/review-api.ts'
import { BUTTON } from './styles.ts'

type DraftFact = Draft['facts'][number]

/** A new fact the sentence carries: as proposed or edited, why the intake read it so, and its edit form. */
export function NewFactCard({
  proposed,
  edited,
  companies,
  onEdit,
}: {
  proposed: DraftFact
  edited: DraftFact['fact'] | undefined
  companies: readonly Company[]
  onEdit: (fact: DraftFact['fact'] | null) => void
}) {
  const [editing, setEditing] = useState(false)
  const fact = edited ?? proposed.fact
  const { review } = proposed
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-sm font-semibold">
          {fact.label}
          {edited && (
            <span className="ml-2 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-100">
              edited
            </span>
          )}
        </h4>
        {!editing && (
          <div className="flex shrink-0 gap-2">
            {edited && (
              <button type="button" className={BUTTON} onClick={() => onEdit(null)}>
                Undo edit<span className="sr-only"> of {fact.label}</span>
              </button>
            )}
            <button type="button" className={BUTTON} onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> {fact.label}</span>
            </button>
          </div>
        )}
      </div>
      {editing ? (
        <FactEditor
          fact={fact}
          companies={companies}
          onCancel={() => setEditing(false)}
          onDone={(next) => {
            onEdit(next)
            setEditing(false)
          }}
        />
      ) : (
        <FactSummary fact={fact} companies={companies} />
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The intake’s reading: {review.why}
        {review.hedges.length > 0 && <> · hedged: {review.hedges.map((h) => `“${h}”`).join(', ')}</>}
      </p>
    </li>
  )
}
