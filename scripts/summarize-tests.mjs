// Adds up the unit and e2e reports into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
let passed = 0
let failed = 0
let skipped = 0

const unit = read('test-results/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
}
for (const file of ['test-results/e2e.json', 'test-results/e2e-subpath.json']) {
  const e2e = read(file)
  if (!e2e) continue
  const { expected, unexpected, flaky, skipped: s } = e2e.stats
  passed += expected + flaky
  failed += unexpected
  skipped += s
  console.log(
    `${file.slice(13, -5)}: ${expected + flaky} passed, ${unexpected} failed${flaky ? ` (${flaky} flaky)` : ''}`,
  )
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed ? 1 : 0)
