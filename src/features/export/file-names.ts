import { CHART_REGISTRY } from '../charts/index.ts'
import { comparePeriodKeys, periodKey, UNDATED, type PeriodKey } from '../../lib/period.ts'
import type { ChartModel, FilterScope } from '../charts/index.ts'

export type ExportExtension = 'png' | 'svg' | 'csv' | 'pptx'

/** The start of a deck's file name: the dashboard's, since a deck holds several charts. */
const DECK_FILE_STEM = 'cloud-market-dashboard-deck'

/** Lowercase words joined by "-": safe on every file system and in a URL. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
}

/**
 * The quarters the chart shows: "2023-Q4", or "2023-Q4-to-2024-Q2" for several.
 * Undated facts (earlier layoff waves "in prior years") add nothing, so a
 * mixed chart is named by its dated range and an all-undated one by none.
 */
function periodSuffix(model: Pick<ChartModel, 'facts'>): string {
  const dated = model.facts
    .map((f) => periodKey(f.period))
    .filter((k): k is Exclude<PeriodKey, 'undated'> => k !== UNDATED)
  const keys = [...new Set(dated)].sort(comparePeriodKeys)
  if (!keys.length) return ''
  const first = keys[0]
  const last = keys[keys.length - 1]
  return first === last ? first : `${first}-to-${last}`
}

/** The company filter, by company id ("aws", "aws-azure"): a filtered file says whose figures it holds. */
const companySuffix = (scope: Pick<FilterScope, 'filter'> | undefined) =>
  (scope?.filter.companies ?? []).map(slug).join('-')

/**
 * The download name of a chart export: its file stem, the periods it shows, the
 * companies it is filtered to and an optional variant, e.g.
 * `cloud-market-share-2023-Q4.png`, `cloud-market-share-2023-Q4-aws.pptx` or
 * `cloud-market-share-2023-Q4-slide.png`. Period keys keep their capital Q (as in
 * the URL's period filter); everything else is lowercase letters, digits, "." and "-".
 */
export function exportFileName(
  model: Pick<ChartModel, 'id' | 'facts'> & { scope?: Pick<FilterScope, 'filter'> },
  ext: ExportExtension,
  variant?: string,
): string {
  const parts = [
    slug(CHART_REGISTRY[model.id].fileStem),
    periodSuffix(model),
    companySuffix(model.scope),
    variant ? slug(variant) : '',
  ]
  return `${parts.filter(Boolean).join('-')}.${ext}`
}

/**
 * The download name of a deck of every chart in view, filters included:
 * `cloud-market-dashboard-deck.pptx`, `cloud-market-dashboard-deck-aws-2024-Q2.pptx`.
 */
export function deckFileName(scope: Pick<FilterScope, 'filter'> | undefined): string {
  const periods = [...(scope?.filter.periods ?? [])].sort((a, b) => comparePeriodKeys(a as PeriodKey, b as PeriodKey))
  return `${[DECK_FILE_STEM, companySuffix(scope), ...periods].filter(Boolean).join('-')}.pptx`
}
