import { z } from 'zod'

/*
 * Zod probes `new Function` when a schema is built, for a faster parser. The page's CSP allows no eval, so the
 * probe is blocked and reported as a violation. Jitless mode skips it and validates the same way. Imported first
 * by validate-dataset.ts: it has to run before any schema is built.
 */
z.config({ jitless: true })
