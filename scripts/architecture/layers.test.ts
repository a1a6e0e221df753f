import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
let eslint: ESLint

/** The rules a snippet breaks, linted as if it were the file at `path`. */
async function brokenRules(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  return result!.messages.map((message) => message.ruleId)
}

// The first lint loads the type-aware resolver: seconds on a busy machine.
describe('the layers, as lint enforces them', { timeout: 30_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it('refuses a feature reaching into another feature past its public entry', async () => {
    const deep = "import { sourceLine } from '../charts/frame-words.ts'\nexport const line = sourceLine\n"
    expect(await brokenRules('src/features/dashboard/deep-import.ts', deep)).toContain('import-x/no-restricted-paths')
  })

  it('accepts the same import through the public entry', async () => {
    const entry = "import { sourceLine } from '../charts/index.ts'\nexport const line = sourceLine\n"
    expect(await brokenRules('src/features/dashboard/entry-import.ts', entry)).toEqual([])
  })

  it('keeps the domain pure: no feature imports in it', async () => {
    const upward = "import { useDataset } from '../features/dataset/index.ts'\nexport const hook = useDataset\n"
    expect(await brokenRules('src/domain/upward-import.ts', upward)).toContain('import-x/no-restricted-paths')
  })

  it('keeps lib/ free of the domain', async () => {
    const upward = "import type { Fact } from '../domain/schema.ts'\nexport type F = Fact\n"
    expect(await brokenRules('src/lib/upward-import.ts', upward)).toContain('import-x/no-restricted-paths')
  })

  it('keeps the build’s code to the app’s pure layers: no feature in scripts/', async () => {
    const feature =
      "import { citedCharts } from '../../src/features/get-data/cited-charts.ts'\nexport const c = citedCharts\n"
    expect(await brokenRules('scripts/data-package/feature-import.ts', feature)).toContain(
      'import-x/no-restricted-paths',
    )
  })

  it('lets the build’s code share the domain, lib and config', async () => {
    const shared = "import { factRow } from '../../src/domain/fact-row.ts'\nexport const row = factRow\n"
    expect(await brokenRules('scripts/data-package/domain-import.ts', shared)).toEqual([])
  })
})
