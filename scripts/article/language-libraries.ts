// compromise and chrono-node, loaded from the CommonJS build each publishes beside its ES modules. tsx answers
// every ES module import through its loader thread, and compromise's ES entry is 456 modules, chrono's 267:
// 1.4–1.9 s and 1.0–1.7 s to load on a busy machine, against 0.4–0.6 s and 0.3–0.6 s for the same version's
// CommonJS build (decision 0030). Same code, same results.
import { createRequire } from 'node:module'
import type Nlp from 'compromise'
import type * as Chrono from 'chrono-node'

const require = createRequire(import.meta.url)

export const nlp = require('compromise') as typeof Nlp
export const chrono = require('chrono-node') as typeof Chrono
