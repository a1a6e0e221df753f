import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataRelease } from '../../src/config/release.ts'

/**
 * The day the data last changed: the date of the last commit that touched the data folder, so every
 * build of the same data states the same day. Outside git (an unpacked tarball), the build's own day.
 */
function dataUpdated(dataDir: string, today = new Date()): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], {
      cwd: dataDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  } catch {
    // Not a git checkout: fall through to the build's day.
  }
  return today.toISOString().slice(0, 10)
}

/** The release the build states in the footer, the package and the JSON-LD. */
export function dataRelease(root: string, dataDir: string, publicUrl: string | undefined): DataRelease {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  return { updated: dataUpdated(dataDir), version, publicUrl: publicUrl ?? null }
}
