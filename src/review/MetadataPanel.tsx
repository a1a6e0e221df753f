import { ProblemList } from './ProblemList.tsx'
import { FormActions } from './FormActions.tsx'
import { useId, useState, type FormEvent } from 'react'
import { YEAR_INFERRED_MARK } from '../domain/format-fact.ts'
import { articleFormOf, articleOf, type ArticleField, type ArticleForm, type ArticleResult } from './article-form.ts'
import type { Draft, Problem } from '../../scripts/review/review-api.ts'
import { BUTTON, CARD, FIELD_ERROR, INPUT, LABEL } from './styles.ts'

type Errors = Extract<ArticleResult, { ok: false }>['errors']

const TEXT_FIELDS: [ArticleField, string, string?][] = [
  ['title', 'Title'],
  ['publisher', 'Publisher', 'Empty where the page names none'],
  ['publisherEvidence', 'Words of the page naming the publisher'],
  ['author', 'Author', 'Empty where the page names none'],
  ['authorEvidence', 'Words of the page naming the author'],
  ['date', 'Date', 'YYYY-MM-DD'],
  ['dateBasis', 'How the date is known'],
  ['yearBasis', 'How the year is known (when inferred)'],
]

function ArticleEditor({
  article,
  onDone,
  onCancel,
}: {
  article: Draft['article']
  onDone: (article: Draft['article']) => void
  onCancel: () => void
}) {
  const id = useId()
  const [form, setForm] = useState<ArticleForm>(() => articleFormOf(article))
  const [errors, setErrors] = useState<Errors>({})
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = articleOf(form, article)
    if (result.ok) onDone(result.article)
    else setErrors(result.errors)
  }
  return (
    <form onSubmit={submit} aria-label="Edit the article’s metadata" className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        {TEXT_FIELDS.map(([field, label, hint]) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`} className={LABEL}>
              {label}
            </label>
            <input
              id={`${id}-${field}`}
              className={INPUT}
              value={form[field] as string}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
              onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
            />
            {errors[field] ? (
              <p id={`${id}-${field}-error`} className={FIELD_ERROR}>
                {errors[field]}
              </p>
            ) : (
              hint && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{hint}</p>
            )}
          </div>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={form.yearInferred}
          onChange={(e) => setForm((f) => ({ ...f, yearInferred: e.target.checked }))}
        />
        The year is inferred (the page prints none)
      </label>
      {errors.article && <p className={FIELD_ERROR}>{errors.article}</p>}
      <FormActions onCancel={onCancel} />
    </form>
  )
}

/** A metadata proposal, with the words it rests on. */
function Proposed({ label, value, evidence }: { label: string; value: string; evidence: string | undefined }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-sm">
        {value}
        {evidence && <span className="block text-xs text-slate-600 dark:text-slate-400">Rests on: {evidence}</span>}
      </dd>
    </div>
  )
}

/**
 * The article's metadata proposals (title, publisher, author, date), each with the words it rests on, to edit;
 * and the checks' messages about the article itself.
 */
export function MetadataPanel({
  article,
  evidence,
  edited,
  problems,
  onEdit,
}: {
  article: Draft['article']
  evidence: Draft['metaEvidence']
  edited: boolean
  problems: readonly Problem[]
  onEdit: (article: Draft['article'] | null) => void
}) {
  const [editing, setEditing] = useState(false)
  const date = `${article.date.value}${article.date.yearInferred ? YEAR_INFERRED_MARK : ''}`
  return (
    <section aria-labelledby="metadata-heading" className={`${CARD} space-y-3`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="metadata-heading" className="text-base font-semibold">
          The article’s metadata
          {edited && (
            <span className="ml-2 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-100">
              edited
            </span>
          )}
        </h2>
        {!editing && (
          <div className="flex gap-2">
            {edited && (
              <button type="button" className={BUTTON} onClick={() => onEdit(null)}>
                Undo edit<span className="sr-only"> of the metadata</span>
              </button>
            )}
            <button type="button" className={BUTTON} onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> the metadata</span>
            </button>
          </div>
        )}
      </div>
      <ProblemList problems={problems} />
      {editing ? (
        <ArticleEditor
          article={article}
          onCancel={() => setEditing(false)}
          onDone={(next) => {
            onEdit(next)
            setEditing(false)
          }}
        />
      ) : (
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Proposed label="Title" value={article.title ?? 'None'} evidence={evidence.title} />
          <Proposed
            label="Publisher"
            value={article.publisher ?? 'Not named on the page'}
            evidence={article.publisherEvidence ? `“${article.publisherEvidence}”` : evidence.publisher}
          />
          <Proposed
            label="Author"
            value={article.author ?? 'Not named on the page'}
            evidence={article.authorEvidence ? `“${article.authorEvidence}”` : evidence.author}
          />
          <Proposed
            label="Date"
            value={date}
            evidence={[article.date.basis, article.date.yearBasis].filter(Boolean).join(' ')}
          />
        </dl>
      )}
    </section>
  )
}
