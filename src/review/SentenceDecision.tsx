import { useId, useState, type FormEvent } from 'react'
import type { Verdict } from './review-state.ts'
import { BUTTON, FIELD_ERROR, INPUT, LABEL, PRIMARY_BUTTON } from './styles.ts'

/**
 * The reviewer's verdict on a sentence: accept its proposal, or leave the sentence out for a reason they write
 * (for a sentence proposed as left out, the proposed reason is where they start). A verdict given can be
 * reconsidered.
 */
export function SentenceDecision({
  proposedReason,
  verdict,
  onVerdict,
}: {
  proposedReason: string | undefined
  verdict: Verdict | undefined
  onVerdict: (verdict: Verdict | null) => void
}) {
  const id = useId()
  const [writing, setWriting] = useState(false)
  const [reason, setReason] = useState(verdict?.kind === 'leave-out' ? verdict.reason : (proposedReason ?? ''))
  const [missing, setMissing] = useState(false)
  const leaveOut = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) return setMissing(true)
    setWriting(false)
    onVerdict({ kind: 'leave-out', reason: reason.trim() })
  }

  if (verdict)
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
        <p>
          {verdict.kind === 'accept' ? (
            <strong>Accepted{proposedReason ? ': left out as proposed.' : '.'}</strong>
          ) : (
            <>
              <strong>Left out:</strong> {verdict.reason}
            </>
          )}
        </p>
        <button type="button" className={BUTTON} onClick={() => onVerdict(null)}>
          Reconsider
        </button>
      </div>
    )

  if (writing)
    return (
      <form onSubmit={leaveOut} className="space-y-2" noValidate>
        <label htmlFor={`${id}-reason`} className={LABEL}>
          Why does the dataset leave this sentence out?
        </label>
        <textarea
          id={`${id}-reason`}
          className={INPUT}
          rows={3}
          value={reason}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => {
            setReason(e.target.value)
            setMissing(false)
          }}
        />
        {missing && (
          <p id={`${id}-missing`} className={FIELD_ERROR}>
            Write the reason: the dataset keeps one for every sentence it leaves out.
          </p>
        )}
        <div className="flex gap-2">
          <button type="submit" className={PRIMARY_BUTTON}>
            Leave out
          </button>
          <button type="button" className={BUTTON} onClick={() => setWriting(false)}>
            Cancel
          </button>
        </div>
      </form>
    )

  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={PRIMARY_BUTTON} onClick={() => onVerdict({ kind: 'accept' })}>
        Accept
      </button>
      <button type="button" className={BUTTON} onClick={() => setWriting(true)}>
        {proposedReason ? 'Change the reason…' : 'Reject: leave out…'}
      </button>
    </div>
  )
}
