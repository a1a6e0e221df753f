import { useMemo, useState } from 'react'
import { Notice } from '../../components/Notice.tsx'
import { groupIgnored } from './group-ignored.ts'
import type { IgnoredParam } from './search-params.ts'

const MAX_CHARS = 60
const clip = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS)}…` : s)
const count = (n: number) => n.toLocaleString('en-US')

/**
 * Says which parts of the link were ignored, so a reader knows the view is not
 * quite what was shared: a line per parameter with its first few values (a
 * link with thousands must not fill the page), and that the next change leaves
 * them out of the address. Dismissed, it stays away until the list changes. Loaded when a link has such parts
 * (LazyIgnoredParamsNotice.tsx).
 */
export default function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  const signature = useMemo(() => ignored.map((p) => `${p.key}=${p.value}`).join('&'), [ignored])
  const { shown, hidden } = useMemo(() => groupIgnored(ignored), [ignored])
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (ignored.length === 0 || dismissed === signature) return null
  return (
    <Notice tone="warning" title="Some of this link was ignored" onDismiss={() => setDismissed(signature)}>
      <ul className="list-disc pl-5">
        {shown.map((g) => (
          <li key={`${g.key}\n${g.reason}`}>
            <code className="break-all">
              {clip(g.key)}={g.values.map(clip).join(', ')}
            </code>
            {g.more > 0 && ` and ${count(g.more)} more`}: {g.reason}
          </li>
        ))}
      </ul>
      <p>
        {hidden > 0 && `…and ${count(hidden)} more ${hidden === 1 ? 'value' : 'values'}. `}
        Your next change to the view leaves {ignored.length === 1 ? 'it' : 'them'} out of the address, so the link you
        share is clean.
      </p>
    </Notice>
  )
}
