// Draws the whole dataset in memory. The order of the steps is the order of draws from the one seeded stream, so
// reordering them changes every generated file.
import { articleText } from './article-text.ts'
import { ARTICLES_FROM, ARTICLES_TO, createArticles } from './articles.ts'
import type { Context } from './citations.ts'
import { addKeyFigures } from './key-figure-facts.ts'
import { addLayoffWaves } from './layoff-facts.ts'
import { addAwsResults, addMarketSpending } from './market-results.ts'
import { marketSeries } from './market-series.ts'
import { addShareFacts, SHARE_LABELS } from './market-shares.ts'
import { createRandom } from './random.ts'
import { PROVIDERS } from './vocabulary.ts'

const SEED = 20240403

/** How many of each part to draw: see syntheticPlan in generate-synthetic.ts. */
export interface DataPlan {
  quarters: number
  groups: number
  articles: number
}

export function generateData(plan: DataPlan) {
  const rng = createRandom(SEED)
  const articles = createArticles(rng, plan.articles)
  const window = Math.round((articles.length * 120) / (ARTICLES_TO - ARTICLES_FROM))
  const ctx: Context = { rng, articles, window, facts: [] }
  const shareLabels = PROVIDERS.map(() => rng.pick(SHARE_LABELS))
  for (const q of marketSeries(rng, plan.quarters)) {
    addShareFacts(ctx, q, shareLabels)
    addAwsResults(ctx, q)
    addMarketSpending(ctx, q)
  }
  for (let n = 1; n <= plan.groups; n++) {
    addLayoffWaves(ctx, n)
    addKeyFigures(ctx, n)
  }
  const texts = articles.map((a) => [a.id, articleText(rng, a)] as const)
  const claims = articles.flatMap((a) =>
    a.claims.map(({ sentence, facts, leftOut, partsLeftOut }, i) => ({
      id: `${a.id}-${i + 1}`,
      article: a.id,
      quotes: [sentence],
      ...(facts.length ? { facts: [...new Set(facts)] } : { leftOut }),
      ...(partsLeftOut?.length ? { partsLeftOut } : {}),
    })),
  )
  return { facts: ctx.facts, manifest: articles.map((a) => a.entry), texts, claims }
}

export type SyntheticData = ReturnType<typeof generateData>
