import { buildIndex } from './dataset-index.ts'
import { buildEvidenceIndex, type QuotedDataset } from './evidence-index.ts'
import type { Dataset, Evidence } from './schema.ts'

type BuildResult = { ok: true; dataset: Dataset; evidence: Evidence } | { ok: false; errors: string[] }

// scripts/ is type-checked by tsconfig.node.json (Node types, `.ts` imports). A literal import
// here would pull it into the app's program, which has neither, so the path goes through a
// variable: Vitest still resolves it relative to this file, `tsc -b` does not follow it.
const LOAD_SOURCES = '../../scripts/dataset/load-sources.ts'
const DATA_DIR = decodeURIComponent(new URL('../../data', import.meta.url).pathname)

async function buildRealData() {
  const { buildFromDir } = (await import(/* @vite-ignore */ LOAD_SOURCES)) as {
    buildFromDir: (dir: string) => BuildResult
  }
  const result = buildFromDir(DATA_DIR)
  if (!result.ok) throw new Error(`data/ does not build:\n${result.errors.join('\n')}`)
  return result
}

/** The dataset built from data/, as the app gets it; throws with the build's errors when it fails. */
export const loadRealDataset = async (): Promise<Dataset> => (await buildRealData()).dataset

/** The quotes behind the facts, as the build writes them (evidence.json). */
export const loadRealEvidence = async (): Promise<Evidence> => (await buildRealData()).evidence

/** The dataset built from data/ and the quotes behind its facts, indexed as the app reads them. */
export async function loadRealQuotedDataset(): Promise<QuotedDataset> {
  const { dataset, evidence } = await buildRealData()
  return { index: buildIndex(dataset), evidence: buildEvidenceIndex(evidence) }
}
