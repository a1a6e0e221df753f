import { resolve } from 'node:path'
import { formatPeriod, formatValue } from '../../src/domain/format-fact.ts'
import type { FactValue } from '../../src/domain/schema.ts'
import { periodKey } from '../../src/lib/period.ts'
import { readDataset } from '../fixtures.ts'

/*
 * The dataset the build under test was made from: the scratch copy of data/ with the fixture article added, in
 * E2E_FIXTURE_DIR (scripts/build-fixture-article.sh). Expectations are read from it, never typed in.
 */
const fixtureDir = process.env.E2E_FIXTURE_DIR
if (!fixtureDir) throw new Error('E2E_FIXTURE_DIR names no folder: build one with scripts/build-fixture-article.sh')
export const fixtureDataset = readDataset(resolve(fixtureDir, 'data'))

const companyName = (id: string) => fixtureDataset.companies.find((c) => c.id === id)?.name ?? id

/** A market share as the charts name and label it. */
export interface Share {
  company: string
  quarter: string
  value: string
  amount: number | null
}

const allShares = fixtureDataset.facts.filter((f) => f.metric === 'market_share')
const keys = [...new Set(allShares.map((f) => periodKey(f.period)))].sort()

/** A quarter as a subtitle writes it: marked when a year among its shares is inferred ("Q4 2023*"). */
const quarterWords = (key: string) => {
  const inQuarter = allShares.filter((f) => periodKey(f.period) === key)
  return formatPeriod({ ...inQuarter[0].period, yearInferred: inQuarter.some((f) => f.period.yearInferred) })
}

/** The quarters with shares, oldest first, as "Q4 2023*", and their keys as the URL and file names write them. */
export const quarters = keys.map((key) => ({ key, words: quarterWords(key) }))

/** Every market share, with its quarter's words and its value as the page writes it. */
export const shares: Share[] = allShares.map((f) => ({
  company: companyName(f.company),
  quarter: quarterWords(periodKey(f.period)),
  value: formatValue(f.value as FactValue),
  amount: f.value.amount ?? null,
}))

/** Company and quarter pairs the articles give two figures for. */
export const disputed = shares.filter(
  (s, i) => shares.findIndex((t) => t.company === s.company && t.quarter === s.quarter) !== i,
)
