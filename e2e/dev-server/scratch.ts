import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The dev server's port for the review tests (npm test's servers use 4173, 4174 and 4175). */
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 4176)

/**
 * Where the review tests' dev server reads and writes: a copy of data/, the draft article:add proposed, and the
 * drafts/ the page lists. Never the checkout's data/ or drafts/.
 */
const dir = join(tmpdir(), `cloud-market-review-e2e-${DEV_PORT}`)
export const SCRATCH = { dir, data: join(dir, 'data'), proposed: join(dir, 'proposed'), drafts: join(dir, 'drafts') }

/** The fixture article of our own writing the tests review (it never ships), and the date it is given. */
export const FIXTURE = { file: 'e2e/fixtures/next-quarter-article.txt', date: '2024-05-02' }
