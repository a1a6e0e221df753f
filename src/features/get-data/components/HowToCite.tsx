import { bibtexEntry, citationLine, type CitedWork } from '../../../domain/citation.ts'
import { DATA_RELEASE } from '../../../config/release.ts'
import { CitationText } from './CitationText.tsx'
import { useCiteBase } from './use-cite-base.ts'

/** The citation line and BibTeX entry for the dashboard, or for one chart. */
export function HowToCite({ work, name }: { work: CitedWork; name: string }) {
  const base = useCiteBase()
  const bibtex = bibtexEntry(work, DATA_RELEASE, base)
  return (
    <div className="space-y-2">
      <CitationText label={`Citation of ${name}`} text={citationLine(work, DATA_RELEASE, base)} rows={3} />
      {/* A row for each line, and two for long ones that wrap: the closing brace stays in view. */}
      <CitationText label={`BibTeX for ${name}`} text={bibtex} rows={bibtex.split('\n').length + 2} />
    </div>
  )
}
