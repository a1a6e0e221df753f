import { resolve } from 'node:path'

/** Where drafts wait for review: drafts/ beside data/ (never shipped, never committed), or DRAFTS_DIR. */
export const draftsDir = (root: string) => resolve(root, process.env.DRAFTS_DIR ?? 'drafts')
