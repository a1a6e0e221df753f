import type { DataRelease } from '../config/release.ts'

/** What a citation names: the whole dashboard, or one chart of it. */
export interface CitedWork {
  /** The chart's title; absent for the dashboard. */
  chart?: { id: string; title: string; page: string }
}

/** The dataset's title as citations, the package and the JSON-LD give it. */
export const DATASET_TITLE = 'Cloud market share, AWS results and Amazon layoffs, sourced from news articles'
/** Who compiled it: the project, as an organisation. */
export const CREATOR = 'Cloud market dashboard'

const year = (release: DataRelease) => release.updated.slice(0, 4)

/** The cited work's address: the dashboard, or the chart's own page, where the public URL is known. */
function citedUrl(work: CitedWork, release: DataRelease, base = release.publicUrl): string | null {
  if (!base) return null
  return work.chart ? new URL(work.chart.page, base).href : base
}

/**
 * One line to paste into a bibliography:
 * Cloud market dashboard (2024). “Cloud market share” [chart], in Cloud market dashboard: … [dataset],
 * version 0.1.0, data updated 2024-04-10. https://…
 */
export function citationLine(work: CitedWork, release: DataRelease, base?: string | null): string {
  const url = citedUrl(work, release, base === undefined ? release.publicUrl : base)
  const what = work.chart ? `“${work.chart.title}” [chart], in ${DATASET_TITLE}` : DATASET_TITLE
  return `${CREATOR} (${year(release)}). ${what} [dataset], version ${release.version}, data updated ${release.updated}.${url ? ` ${url}` : ''}`
}

// Characters LaTeX reads as commands; braces keep the words as written (capitals included).
const bibtexEscape = (s: string) => s.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1')

/** The BibTeX key: creator, year and chart, in letters and digits only. */
const bibtexKey = (work: CitedWork, release: DataRelease) =>
  `cloudmarketdashboard${year(release)}${(work.chart?.id ?? '').replace(/[^a-z0-9]/gi, '')}`

/** A BibTeX @misc entry for the dashboard or a chart; the title in double braces keeps its capitals. */
export function bibtexEntry(work: CitedWork, release: DataRelease, base?: string | null): string {
  const url = citedUrl(work, release, base === undefined ? release.publicUrl : base)
  const title = work.chart ? `${work.chart.title} (chart), in ${DATASET_TITLE}` : DATASET_TITLE
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(title)}}`],
    ['author', `{${bibtexEscape(CREATOR)}}`],
    ['year', year(release)],
    ['version', release.version],
    [
      'note',
      `Dataset, data updated ${release.updated}. Compiled from news articles, whose texts remain their publishers'`,
    ],
  ]
  if (url) fields.push(['url', url])
  return `@misc{${bibtexKey(work, release)},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}`
}
