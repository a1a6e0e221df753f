import { Notice } from '../../components/Notice'
import type { IgnoredParam } from './search-params'

/** Says which parts of the link were ignored, so a reader knows the view is not quite what was shared. */
export function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null
  return (
    <Notice tone="warning" title="Some of this link was ignored">
      <ul className="list-disc pl-5">
        {ignored.map((p, i) => (
          <li key={i}>
            <code className="break-all">
              {p.key}={p.value.length > 60 ? `${p.value.slice(0, 60)}…` : p.value}
            </code>
            : {p.reason}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
