import { useMemo, useState } from 'react'
import { Notice } from '../../components/Notice'
import type { IgnoredParam } from './search-params'

/** A few are enough to see what went wrong; a link with thousands must not fill the page. */
export const MAX_LISTED = 5
const MAX_CHARS = 60

const clip = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS)}…` : s)

/**
 * Says which parts of the link were ignored, so a reader knows the view is not
 * quite what was shared: the first few, how many more, and that the next change
 * leaves them out of the address. Dismissed, it stays away until the list changes.
 */
export function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const signature = useMemo(() => ignored.map((p) => `${p.key}=${p.value}`).join('&'), [ignored])
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (ignored.length === 0 || dismissed === signature) return null
  const more = ignored.length - MAX_LISTED
  return (
    <Notice tone="warning" title="Some of this link was ignored" onDismiss={() => setDismissed(signature)}>
      <ul className="list-disc pl-5">
        {ignored.slice(0, MAX_LISTED).map((p, i) => (
          <li key={i}>
            <code className="break-all">
              {clip(p.key)}={clip(p.value)}
            </code>
            : {p.reason}
          </li>
        ))}
      </ul>
      <p>
        {more > 0 && `…and ${more.toLocaleString('en-US')} more. `}
        Your next change to the view leaves {ignored.length === 1 ? 'it' : 'them'} out of the address, so the link you
        share is clean.
      </p>
    </Notice>
  )
}
