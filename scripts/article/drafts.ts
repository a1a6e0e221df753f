/** Where drafts wait for review, beside data/ (never shipped, never committed). */
export const DRAFTS_DIR = 'drafts'
