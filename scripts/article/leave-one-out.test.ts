import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSources } from '../dataset/load-sources.ts'
import { leaveOneOut } from './leave-one-out.ts'

const dataDir = resolve(import.meta.dirname, '../../data')
const articles = (readSources(dataDir).manifest as { id: string }[]).map((a) => a.id)
// The README's "Adding an article" gives these figures per article.
const AT_LEAST = 0.9
// Each copies the data, reads an article and builds the dataset twice: seconds, more on a busy machine.
const TIMEOUT = 120_000

describe('each article, taken out and read back with article:add --accept', () => {
  it.each(articles)(
    '%s comes back: the dataset builds, ≥ 90% of sentences and of figures as the dataset had them',
    (article) => {
      const result = leaveOneOut(dataDir, article)
      expect(result.applied, JSON.stringify(result.applied)).toMatchObject({ ok: true })
      const { sentences, numbers } = result
      console.log(
        `${article}: sentences ${sentences.agree}/${sentences.total}, figures ${numbers.agree}/${numbers.total}`,
      )
      expect(sentences.agree / sentences.total, sentences.misses.join('\n')).toBeGreaterThanOrEqual(AT_LEAST)
      expect(numbers.agree / numbers.total, numbers.misses.join('\n')).toBeGreaterThanOrEqual(AT_LEAST)
    },
    TIMEOUT,
  )
})
