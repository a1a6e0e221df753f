import { FormActions } from './FormActions.tsx'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { VALUE_KIND_LABELS } from '../domain/format-fact.ts'
import { UNITS } from '../config/units.ts'
import { METRICS, type Company } from '../domain/schema.ts'
import { EDITABLE_KINDS, factOf, formOf, hasAmount, hasUnit, type FactForm, type FormErrors } from './fact-form.ts'
import type { Draft } from '../../scripts/review/review-api.ts'
import { FIELD_ERROR, INPUT, LABEL } from './styles.ts'

type DraftFact = Draft['facts'][number]['fact']

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactNode
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children}
      {hint && !error && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className={FIELD_ERROR}>
          {error}
        </p>
      )}
    </div>
  )
}

/**
 * A new fact's fields (value, kind, unit, company, metric, period, label, source) as a form; Done checks them
 * against the dataset's schema and names each problem beside its field.
 */
export function FactEditor({
  fact,
  companies,
  onDone,
  onCancel,
}: {
  fact: DraftFact
  companies: readonly Company[]
  onDone: (fact: DraftFact) => void
  onCancel: () => void
}) {
  const id = useId()
  const [form, setForm] = useState<FactForm>(() => formOf(fact))
  const [errors, setErrors] = useState<FormErrors>({})
  const set = <K extends keyof FactForm>(key: K, value: FactForm[K]) => setForm((f) => ({ ...f, [key]: value }))
  const a11y = (field: keyof FactForm) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined,
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = factOf(form, fact)
    if (result.ok) onDone(result.fact)
    else setErrors(result.errors)
  }
  const metrics: readonly string[] = METRICS.includes(fact.metric as (typeof METRICS)[number])
    ? METRICS
    : [fact.metric, ...METRICS]
  const text = (field: 'label' | 'source' | 'words' | 'claim' | 'period' | 'periodWords') => ({
    ...a11y(field),
    className: INPUT,
    value: form[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  })

  return (
    <form onSubmit={submit} aria-label={`Edit ${fact.label}`} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-kind`} label="Kind">
          <select
            {...a11y('kind')}
            className={INPUT}
            value={form.kind}
            onChange={(e) => set('kind', e.target.value as FactForm['kind'])}
          >
            {EDITABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {VALUE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        {hasAmount(form.kind) && (
          <Field id={`${id}-amount`} label="Value" error={errors.amount}>
            <input
              {...a11y('amount')}
              className={INPUT}
              inputMode="decimal"
              value={form.amount}
              onChange={(e) => set('amount', e.target.value)}
            />
          </Field>
        )}
        {hasUnit(form.kind) && (
          <Field id={`${id}-unit`} label="Unit" error={errors.unit}>
            <select
              {...a11y('unit')}
              className={INPUT}
              value={form.unit}
              onChange={(e) => set('unit', e.target.value as FactForm['unit'])}
            >
              {UNITS.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </Field>
        )}
        {form.kind !== 'stated' && (
          <Field
            id={`${id}-words`}
            label={form.kind === 'approximate' || form.kind === 'bound' ? 'Qualifier, as written' : 'Words, as written'}
            hint={form.kind === 'vague' || form.kind === 'qualitative' ? 'Several: separate them with “;”' : undefined}
            error={errors.words}
          >
            <input {...text('words')} />
          </Field>
        )}
        {form.kind === 'qualitative' && (
          <Field id={`${id}-claim`} label="The claim, said plainly" error={errors.claim}>
            <input {...text('claim')} />
          </Field>
        )}
        <Field id={`${id}-company`} label="Company" error={errors.company}>
          <select
            {...a11y('company')}
            className={INPUT}
            value={form.company}
            onChange={(e) => set('company', e.target.value)}
          >
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-metric`} label="Metric" error={errors.metric}>
          <select
            {...a11y('metric')}
            className={INPUT}
            value={form.metric}
            onChange={(e) => set('metric', e.target.value)}
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {m.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${id}-period`}
          label="Period"
          hint="2024-Q1, 2024-04 or 2024-04-03; empty if undated"
          error={errors.period}
        >
          <input {...text('period')} />
        </Field>
        <Field id={`${id}-periodWords`} label="Period, in the article’s words" error={errors.periodWords}>
          <input {...text('periodWords')} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={form.yearInferred} onChange={(e) => set('yearInferred', e.target.checked)} />
        The year is inferred (the article prints none)
      </label>
      <Field id={`${id}-label`} label="Label" error={errors.label}>
        <input {...text('label')} />
      </Field>
      <Field id={`${id}-source`} label="Source (who produced the number)" error={errors.source}>
        <input {...text('source')} />
      </Field>
      {errors.fact && <p className={FIELD_ERROR}>{errors.fact}</p>}
      <FormActions onCancel={onCancel} />
    </form>
  )
}
