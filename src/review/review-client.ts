import {
  REVIEW_API,
  type ApiError,
  type DraftListing,
  type DraftView,
  type Draft,
  type SaveReply,
} from '../../scripts/review/review-api.ts'

/** A refusal of the dev server's, with its messages: shown in the page as they are. */
export class ReviewRequestError extends Error {
  constructor(
    readonly status: number,
    readonly problems: ApiError['problems'],
  ) {
    super(problems.map((p) => p.message).join('\n') || `the dev server answered ${status}`)
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${REVIEW_API}${path}`, init)
  const body = (await response.json().catch(() => null)) as unknown
  if (response.ok) return body as T
  const problems = (body as ApiError | null)?.problems ?? [
    { message: `the dev server answered ${response.status} ${response.statusText}`, id: null, sentence: null },
  ]
  // A refusal of the dataset checks is an answer the page shows beside the sentences, not a failure.
  if (response.status === 422 && path === '/save') return { ok: false, problems } as T
  throw new ReviewRequestError(response.status, problems)
}

export const fetchDrafts = () => call<DraftListing[]>('/drafts')
export const fetchDraft = (id: string) => call<DraftView>(`/drafts/${encodeURIComponent(id)}`)
export const saveDraft = (draft: Draft) =>
  call<SaveReply>('/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(draft),
  })
