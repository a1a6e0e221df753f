import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PaletteTheme } from '../../src/config/palette.ts'
import type { DatasetIndex, FactFilter } from '../../src/domain/dataset-index.ts'
import type { QuotedDataset } from '../../src/domain/evidence-index.ts'
import { withAppModules } from '../app-modules.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The decks the render check looks at: every chart in both themes, and one a filter narrows to one company. */
const DECKS: { file: string; theme: PaletteTheme; filter: FactFilter }[] = [
  { file: 'deck-light.pptx', theme: 'light', filter: { companies: [], periods: [] } },
  { file: 'deck-dark.pptx', theme: 'dark', filter: { companies: [], periods: [] } },
  { file: 'deck-azure.pptx', theme: 'light', filter: { companies: ['azure'], periods: [] } },
]

// The app's chart models pass through untouched: loaded by name, not imported (scripts import no feature).
type ChartModel = { readonly id: string }

interface Modules {
  data: { loadRealQuotedDataset: () => Promise<QuotedDataset> }
  charts: {
    CHART_IDS: readonly string[]
    buildChartModel: (id: string, index: DatasetIndex, facts: unknown, filter: FactFilter) => ChartModel
  }
  index: { filterFacts: (index: DatasetIndex, filter: FactFilter) => unknown }
  deck: {
    chartDeck: (models: ChartModel[], sources: QuotedDataset, theme: PaletteTheme, title: string) => Promise<Blob>
  }
}

/**
 * Writes the decks of the real dataset to `outDir`, with the app's own deck code run in Node through a
 * Vite server (its layout reads the font tables the build generates as virtual modules).
 */
async function writeDecks(outDir: string) {
  await withAppModules(ROOT, async (load) => {
    const m = {
      data: await load('/src/domain/real-dataset.test-support.ts'),
      charts: await load('/src/features/charts/index.ts'),
      index: await load('/src/domain/dataset-index.ts'),
      deck: await load('/src/features/export/pptx/chart-deck.ts'),
    } as unknown as Modules
    const sources = await m.data.loadRealQuotedDataset()
    mkdirSync(outDir, { recursive: true })
    for (const { file, theme, filter } of DECKS) {
      const facts = m.index.filterFacts(sources.index, filter)
      const models = m.charts.CHART_IDS.map((id) => m.charts.buildChartModel(id, sources.index, facts, filter))
      const blob = await m.deck.chartDeck(models, sources, theme, 'Cloud market dashboard')
      writeFileSync(resolve(outDir, file), new Uint8Array(await blob.arrayBuffer()))
      console.log(resolve(outDir, file))
    }
  })
}

await writeDecks(resolve(process.argv[2] ?? 'test-results/deck'))
