import type { Dataset } from '../dataset/schema'

type BuildResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] }

// scripts/ is type-checked by tsconfig.node.json (Node types, `.ts` imports). A literal import
// here would pull it into the app's program, which has neither, so the path goes through a
// variable: Vitest still resolves it relative to this file, `tsc -b` does not follow it.
const LOAD_SOURCES = '../../../scripts/dataset/load-sources.ts'
const DATA_DIR = decodeURIComponent(new URL('../../../data', import.meta.url).pathname)

/** The dataset built from data/, as the app gets it; throws with the build's errors when it fails. */
export async function loadRealDataset(): Promise<Dataset> {
  const { buildFromDir } = (await import(/* @vite-ignore */ LOAD_SOURCES)) as {
    buildFromDir: (dir: string) => BuildResult
  }
  const result = buildFromDir(DATA_DIR)
  if (!result.ok) throw new Error(`data/ does not build:\n${result.errors.join('\n')}`)
  return result.dataset
}
