import { BASELINE_CONFIG, bin, ROOT } from './paths.ts'
import { runOrThrow } from './processes.ts'

export interface AppBuild {
  /** Where the build goes; Vite's default (dist/) when left out. */
  outDir?: string
  /** A data folder other than data/ (the synthetic one); read by the dataset plugin from DATASET_DIR. */
  datasetDir?: string
}

// A DATASET_DIR left in the caller's shell must not leak into the real-data build.
function envFor(datasetDir?: string): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.DATASET_DIR
  return datasetDir ? { ...env, DATASET_DIR: datasetDir } : env
}

export async function buildApp({ outDir, datasetDir }: AppBuild = {}): Promise<void> {
  const args = ['build', '--logLevel', 'warn', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])]
  await runOrThrow(bin('vite'), args, { cwd: ROOT, env: envFor(datasetDir) })
}

export async function buildBaseline(): Promise<void> {
  await runOrThrow(bin('vite'), ['build', '--logLevel', 'warn', '--config', BASELINE_CONFIG], { cwd: ROOT })
}

/** Writes the 100× synthetic data folder with the generator's own CLI; returns its summary line. */
export async function generateSynthetic(outDir: string, scale: number): Promise<string> {
  const script = 'bench/synthetic/generate-synthetic.ts'
  const output = await runOrThrow(bin('tsx'), [script, outDir, '--scale', String(scale)], { cwd: ROOT })
  return output.trim().split('\n').at(-1) ?? ''
}
