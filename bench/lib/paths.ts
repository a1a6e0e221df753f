import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever the current directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const bin = (name: string) => resolve(ROOT, 'node_modules', '.bin', name)

export const APP_DIST = resolve(ROOT, 'dist')
export const BASELINE_CONFIG = resolve(ROOT, 'bench/baseline/vite.config.ts')
export const BASELINE_DIST = resolve(ROOT, 'bench/baseline/dist')
/** What tells `vite preview` which build to serve. */
export const APP_PREVIEW = ['--outDir', APP_DIST]
export const BASELINE_PREVIEW = ['--config', BASELINE_CONFIG]
export const BENCH_OUT = resolve(ROOT, 'bench/out')
export const TOOLS_DIR = resolve(ROOT, 'bench/.tools')
