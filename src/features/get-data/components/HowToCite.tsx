import { bibtexEntry, citationLine, type CitedWork } from '../citation'
import { DATA_RELEASE } from '../release'
import { CitationText } from './CitationText'
import { useCiteBase } from './use-cite-base'

/** The citation line and BibTeX entry for the dashboard, or for one chart. */
export function HowToCite({ work, name }: { work: CitedWork; name: string }) {
  const base = useCiteBase()
  return (
    <div className="space-y-2">
      <CitationText label={`Citation of ${name}`} text={citationLine(work, DATA_RELEASE, base)} rows={3} />
      <CitationText label={`BibTeX for ${name}`} text={bibtexEntry(work, DATA_RELEASE, base)} rows={8} />
    </div>
  )
}
