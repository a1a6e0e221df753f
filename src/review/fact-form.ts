import { issuePath } from '../domain/issue-path.ts'
import { FactInput, type Unit } from '../domain/schema.ts'
import type { Draft } from '../../scripts/review/review-api.ts'

type DraftFact = Draft['facts'][number]['fact']

/** The kinds a reviewer may give a new fact: what an article states (derived values are the build's). */
export const EDITABLE_KINDS = ['stated', 'approximate', 'bound', 'vague', 'unknown', 'qualitative'] as const
export type EditableKind = (typeof EDITABLE_KINDS)[number]

/** A new fact's fields as the edit form holds them: text, as typed. */
export interface FactForm {
  label: string
  metric: string
  company: string
  kind: EditableKind
  amount: string
  unit: Unit
  /** The qualifier ("around"), the vague words ("several hundred"; several split by ";"), or a claim's words. */
  words: string
  /** A claim in words, said plainly. */
  claim: string
  period: string
  yearInferred: boolean
  periodWords: string
  source: string
}
export type FormField = keyof FactForm

const WORDS_SEPARATOR = '; '
const splitWords = (words: string) =>
  words
    .split(';')
    .map((w) => w.trim())
    .filter(Boolean)

export function formOf(fact: DraftFact): FactForm {
  const v = fact.value
  const words = 'words' in v && v.words ? (Array.isArray(v.words) ? v.words.join(WORDS_SEPARATOR) : v.words) : ''
  return {
    label: fact.label,
    metric: fact.metric,
    company: fact.company,
    kind: (EDITABLE_KINDS as readonly string[]).includes(v.kind) ? (v.kind as EditableKind) : 'stated',
    amount: 'amount' in v ? String(v.amount) : '',
    unit: v.unit ?? 'percent',
    words,
    claim: v.kind === 'qualitative' ? v.claim : '',
    period: fact.period.value ?? '',
    yearInferred: fact.period.yearInferred ?? false,
    periodWords: fact.period.words ?? '',
    source: fact.source,
  }
}

/** The value the form says; fields a kind has no use for are left out, so the schema names what is missing. */
function valueOf(form: FactForm, before: DraftFact['value']): Record<string, unknown> {
  const amount = form.amount.trim() === '' ? Number.NaN : Number(form.amount.replace(/,/g, ''))
  const words = form.words.trim()
  switch (form.kind) {
    case 'stated':
      return { kind: 'stated', amount, unit: form.unit }
    case 'approximate':
    case 'bound':
      return { kind: form.kind, amount, unit: form.unit, words }
    case 'vague':
      // A vague value keeps how the review read it ("read as 200–999") while it stays vague.
      return {
        kind: 'vague',
        unit: form.unit,
        words: splitWords(words),
        ...(before.kind === 'vague' && before.range ? { range: before.range } : {}),
      }
    case 'unknown':
      return { kind: 'unknown', unit: form.unit, ...(words ? { words } : {}) }
    case 'qualitative':
      return { kind: 'qualitative', claim: form.claim.trim(), words: splitWords(words) }
  }
}

/** Where in the form a schema issue belongs. */
function fieldOf(path: string): FormField | null {
  if (path === 'value.amount') return 'amount'
  if (path.startsWith('value.words')) return 'words'
  if (path === 'value.claim') return 'claim'
  if (path === 'value.unit') return 'unit'
  if (path === 'period.value') return 'period'
  if (path === 'period.words') return 'periodWords'
  const top = path.split(/[.[]/)[0]
  return ['label', 'metric', 'company', 'source'].includes(top) ? (top as FormField) : null
}

/** Problems by field; `fact` holds one no field of the form is about. */
export type FormErrors = Partial<Record<FormField | 'fact', string>>
export type FormResult = { ok: true; fact: DraftFact } | { ok: false; errors: FormErrors }

/**
 * The fact the form makes of a proposed one, checked by the dataset's schema: what the form does not edit (its
 * id, quotes, note, how its date is known, a layoff's details) is kept. Each problem is named by its field.
 */
export function factOf(form: FactForm, before: DraftFact): FormResult {
  const period = {
    value: form.period.trim() || null,
    ...(before.period.inferred ? { inferred: true } : {}),
    ...(form.period.trim() && form.yearInferred ? { yearInferred: true } : {}),
    ...(form.periodWords.trim() ? { words: form.periodWords.trim() } : {}),
    ...(before.period.basis ? { basis: before.period.basis } : {}),
  }
  const candidate = {
    id: before.id,
    label: form.label.trim(),
    metric: form.metric,
    company: form.company,
    period,
    value: valueOf(form, before.value),
    source: form.source.trim(),
    ...(before.note ? { note: before.note } : {}),
    ...(before.layoff && form.metric === 'layoffs' ? { layoff: before.layoff } : {}),
    citations: before.citations,
  }
  const checked = FactInput.safeParse(candidate)
  if (checked.success) return { ok: true, fact: candidate as DraftFact }
  const errors: FormErrors = {}
  for (const issue of checked.error.issues) {
    const path = issuePath(issue.path)
    const field = fieldOf(path) ?? 'fact'
    const message = path === 'value.amount' ? 'a number, as the article gives it' : issue.message
    errors[field] ??= field === 'fact' ? `${path}: ${message}` : message
  }
  return { ok: false, errors }
}

/** Whether a kind has an amount, and a unit. */
export const hasAmount = (kind: EditableKind) => kind === 'stated' || kind === 'approximate' || kind === 'bound'
export const hasUnit = (kind: EditableKind) => kind !== 'qualitative'
