// Adds up the unit and e2e reports into one closing line: "N passed, N failed". The reports live in reports/,
// not test-results/, which Playwright empties at the start of each run.
import { existsSync, readFileSync } from 'node:fs'

// e2e holds every project of the one run: from /, from a sub-path, and on the fixture article's build.
const REPORTS = { unit: 'reports/unit.json', e2e: 'reports/e2e.json' }

let passed = 0
let failed = 0
let skipped = 0
for (const [name, file] of Object.entries(REPORTS)) {
  if (!existsSync(file)) {
    console.log(`${name}: no report at ${file}`)
    failed += 1
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const [ok, bad, skip] =
    name === 'unit'
      ? [report.numPassedTests, report.numFailedTests, report.numPendingTests + report.numTodoTests]
      : [report.stats.expected + report.stats.flaky, report.stats.unexpected, report.stats.skipped]
  passed += ok
  failed += bad
  skipped += skip
  console.log(`${name}: ${ok} passed, ${bad} failed${report.stats?.flaky ? ` (${report.stats.flaky} flaky)` : ''}`)
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed ? 1 : 0)
